/**
 * A plugin's `getTranslation(id)`: every message id of the plugin goes through it, so that ids
 * match the keys `registerTrads` gives the admin (`<pluginId>.<id>`).
 */
export const createGetTranslation =
  (pluginId: string) =>
  (id: string): string =>
    `${pluginId}.${id}`;

import type { TestCms } from '../../helpers/cms';

/** One field's metadata as the Content Manager's configuration endpoint returns it. */
export interface Metadata {
  edit: { label: string; description: string; placeholder: string; editable: boolean };
  list: { label: string };
}

export interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: { name: string; size: number }[][] };
}

const kindOf = (uid: string) => (uid.includes('::') ? 'content-types' : 'components');

/** GET …/configuration: what the admin's edit and list views are built from. */
export async function readConfiguration(cms: TestCms, uid: string, token: string): Promise<Configuration> {
  const response = await cms.request(`/content-manager/${kindOf(uid)}/${uid}/configuration`, { token });
  if (response.status !== 200) throw new Error(`configuration of ${uid}: ${response.status}`);
  const data = response.body.data;
  return kindOf(uid) === 'content-types' ? data.contentType : data.component;
}

/**
 * PUT …/configuration, as « Configurer la vue » does: Strapi validates it with its own rules. The
 * GET adds each relation's `mainField` to its list metadata for display; the PUT refuses it back.
 */
export function writeConfiguration(cms: TestCms, uid: string, token: string, configuration: Configuration) {
  const { settings, layouts } = configuration;
  const metadatas = Object.fromEntries(
    Object.entries(configuration.metadatas).map(([name, { edit, list }]) => {
      const { mainField: _shownOnly, ...stored } = list as Metadata['list'] & { mainField?: unknown };
      return [name, { edit, list: stored }];
    }),
  );
  return cms.request(`/content-manager/${kindOf(uid)}/${uid}/configuration`, { method: 'PUT', token, body: { settings, metadatas, layouts } });
}

/** Field names of an edit layout, row after row. */
export const editOrder = (configuration: Configuration) => configuration.layouts.edit.flat().map((cell) => cell.name);

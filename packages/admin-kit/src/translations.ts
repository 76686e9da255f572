/**
 * A plugin's translations, registered the way Strapi's own plugins do: files keep short keys
 * (`menu.label`), the admin knows them prefixed with the plugin's id (`workflow.menu.label`).
 */

/** What a plugin's `import(\`./translations/${locale}.json\`)` resolves to. */
export type TranslationModule = { default: Record<string, string> };

/**
 * Loads one locale's file. It stays in the plugin (`(locale) => import(\`./translations/${locale}.json\`)`):
 * the bundler resolves a dynamic import relative to the file that writes it.
 */
export type TranslationImporter = (locale: string) => Promise<TranslationModule>;

export interface Translation {
  data: Record<string, string>;
  locale: string;
}

/** `{ 'menu.label': … }` → `{ 'workflow.menu.label': … }`. */
export function prefixTranslations(pluginId: string, data: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [`${pluginId}.${key}`, value]));
}

/**
 * The plugin definition's `registerTrads`. A language the plugin has no file for gets no
 * messages: the components' French `defaultMessage`s show instead.
 */
export function registerTrads(pluginId: string, importTranslations: TranslationImporter) {
  return async ({ locales }: { locales: string[] }): Promise<Translation[]> =>
    Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await importTranslations(locale);
          return { data: prefixTranslations(pluginId, data), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
}

/**
 * Query params of the edit view as the Content Manager sends them to its API
 * (`plugins[i18n][locale]` → `locale`), so that `useDocument` hits the edit view's own query.
 */
export function documentParams(query: Record<string, unknown>): Record<string, unknown> {
  const { plugins, ...rest } = query;
  const fromPlugins = Object.values(typeof plugins === 'object' && plugins !== null ? plugins : {}).reduce<Record<string, unknown>>(
    (acc, value) => (typeof value === 'object' && value !== null ? Object.assign(acc, value) : acc),
    {},
  );
  return { ...rest, ...fromPlugins };
}

/**
 * The locale of the version on screen: the document's own (the default locale has no query
 * param), else the one the edit view asked for; none for a type without i18n.
 */
export function editViewLocale(document: object | undefined, params: Record<string, unknown>): string | undefined {
  const own = document && 'locale' in document ? document.locale : undefined;
  if (typeof own === 'string' && own) return own;
  return typeof params.locale === 'string' && params.locale ? params.locale : undefined;
}

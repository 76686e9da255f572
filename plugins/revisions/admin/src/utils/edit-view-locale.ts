/**
 * The locale of the version on screen: the document's own (the default locale has no query
 * param), else the one the edit view asked for; none for a type without i18n.
 */
export function editViewLocale(document: object | undefined, params: Record<string, unknown>): string | undefined {
  const own = document && 'locale' in document ? document.locale : undefined;
  if (typeof own === 'string' && own) return own;
  return typeof params.locale === 'string' && params.locale ? params.locale : undefined;
}

/**
 * getStaticPaths for the routes under [...lang]: the pages of every language, French at the root
 * and Breton and English under their prefix. Each page gets its `locale` as a prop.
 */
import { LOCALES, type Locale } from '@reseau-epn/platform';
import { langParam } from './i18n';

type Params = Record<string, string | undefined>;

export interface LocalizedPath<P extends Params, Props extends object> {
  params: P & { lang: string | undefined };
  props: Props & { locale: Locale };
}

/** One page per language (a list, a form). */
export function localizedPaths(): Promise<LocalizedPath<Params, object>[]>;
/** The pages `pagesOf` gives in each language (one per fiche, per space…). */
export function localizedPaths<P extends Params, Props extends object>(
  pagesOf: (locale: Locale) => Promise<{ params: P; props: Props }[]>,
): Promise<LocalizedPath<P, Props>[]>;
export async function localizedPaths<P extends Params, Props extends object>(
  pagesOf: (locale: Locale) => Promise<{ params: P; props: Props }[]> = async () => [{ params: {} as P, props: {} as Props }],
): Promise<LocalizedPath<P, Props>[]> {
  const paths: LocalizedPath<P, Props>[] = [];
  for (const locale of LOCALES) {
    for (const page of await pagesOf(locale)) paths.push({ params: { ...page.params, lang: langParam(locale) }, props: { ...page.props, locale } });
  }
  return paths;
}

import type { Language } from '../../../shared/contracts';

/** The public site's language prefixes: French at the root, Breton and English under /br and /en. */
const PREFIX: Record<Language, string> = { fr: '', br: '/br', en: '/en' };

/**
 * Public URLs of the site (built by another workspace) and of the CMS's one-click endpoint.
 * Paths end with a slash, as the static site writes them.
 */
export function createLinks(siteUrl: string, apiUrl: string) {
  const site = siteUrl.replace(/\/+$/, '');
  const api = apiUrl.replace(/\/+$/, '');
  const page = (locale: Language, path: string) => `${site}${PREFIX[locale]}/${path.replace(/^\/+/, '')}`;
  const withToken = (url: string, token: string) => `${url}?token=${encodeURIComponent(token)}`;

  return {
    fiche: (locale: Language, slug: string) => page(locale, `fiches/${slug}/`),
    atelier: (locale: Language, slug: string) => page(locale, `calendrier/ateliers/${slug}/`),
    formation: (locale: Language, slug: string) => page(locale, `calendrier/formations/${slug}/`),
    sujet: (locale: Language, slug: string) => page(locale, `forum/${slug}/`),
    espace: (locale: Language, slug: string) => page(locale, `espaces/${slug}/`),
    /** The web version of an archived issue. */
    lettre: (locale: Language, documentId: string) => page(locale, `lettres/${documentId}/`),
    /** The site's page that posts the token to /api/digest/confirm. */
    confirm: (locale: Language, token: string) => withToken(page(locale, 'lettre/confirmation/'), token),
    /** The site's page that reads and writes /api/digest/preferences. */
    preferences: (locale: Language, token: string) => withToken(page(locale, 'lettre/preferences/'), token),
    /** The subscription form, for the web version's footer. */
    subscribe: (locale: Language) => page(locale, 'lettre/'),
    /** The CMS endpoint itself: mail clients POST to it (RFC 8058), people GET a confirmation page. */
    unsubscribe: (token: string) => withToken(`${api}/api/digest/unsubscribe`, token),
  };
}

export type Links = ReturnType<typeof createLinks>;

import { siteUrls, type Locale } from '@reseau-epn/platform';

const withToken = (url: string, token: string) => `${url}?token=${encodeURIComponent(token)}`;

/**
 * The URLs a letter links to: the public site's pages, built by the platform's one URL builder
 * (the site builds its pages with the same, so a link cannot drift from its page), and the CMS's
 * own one-click unsubscription endpoint.
 */
export function createLinks(siteUrl: string, apiUrl: string) {
  const site = siteUrls(siteUrl);
  const api = apiUrl.replace(/\/+$/, '');

  return {
    fiche: site.fiche,
    event: site.event,
    topic: site.topic,
    space: site.space,
    /** The web version of an archived issue. */
    letterIssue: site.letterIssue,
    /** The subscription form, for the web version's footer. */
    letterSubscribe: site.letterSubscribe,
    /** The site's page that posts the token to /api/digest/confirm. */
    letterConfirm: (locale: Locale, token: string) => withToken(site.letterConfirm(locale), token),
    /** The site's page that reads and writes /api/digest/preferences. */
    letterPreferences: (locale: Locale, token: string) => withToken(site.letterPreferences(locale), token),
    /** The CMS endpoint itself: mail clients POST to it (RFC 8058), people GET a confirmation page. */
    unsubscribe: (token: string) => withToken(`${api}/api/digest/unsubscribe`, token),
  };
}

export type Links = ReturnType<typeof createLinks>;

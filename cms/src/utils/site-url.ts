/**
 * The public site's address when SITE_URL is not set: Astro's dev server, where `npm start`
 * serves it. Links in mails, CORS, previews and the sign-up redirection all start from it.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * No content-API route: a space's machines are network-only (cms/src/api/espace/field-visibility.ts),
 * read and written in the admin panel alone, so not even a full-access API token lists them.
 * An empty router rather than no file, so that a build over an older one replaces its routes.
 */
export default { routes: [] };

/**
 * Members' emails never leave the CMS through the content API, not even to a full-access
 * token (the site's build): Strapi strips private attributes from every content-API response.
 */
export default (plugin: { contentTypes: Record<string, { schema: { attributes: Record<string, Record<string, unknown>> } }> }) => {
  plugin.contentTypes.user.schema.attributes.email.private = true;
  return plugin;
};

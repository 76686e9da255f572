import type { Core } from '@strapi/strapi';

/**
 * Admin routes act on a document of `params.uid`: the user needs the Content Manager's right
 * on that very type (`read` to see versions, `update` to restore), as in its edit view.
 */
export default (
  policyContext: { params: { uid?: string }; state: { userAbility?: unknown } },
  config: { action: 'read' | 'update' },
  { strapi }: { strapi: Core.Strapi },
) => {
  const uid = policyContext.params.uid;
  if (!uid || !strapi.contentTypes[uid as keyof typeof strapi.contentTypes]) return false;
  const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility: policyContext.state.userAbility, model: uid });
  return config.action === 'update' ? checker.can.update() : checker.can.read();
};

import type { Core, UID } from '@strapi/strapi';
import { canOnDocument, type Action } from '../utils/document-permissions';
import { UIDS } from '@reseau-epn/platform';

const REVISION = UIDS.revision;

export interface PolicyContext {
  params: { uid?: string; documentId?: string; id?: string };
  // The policy context copies the Koa context's own properties: `query` is reached through `request`.
  request: { query: { locale?: unknown; from?: unknown; to?: unknown } };
  state: { userAbility?: unknown };
}

/** A route's `uid` is a string from the URL: a content type only if the app has it. */
const isContentType = (strapi: Core.Strapi, uid: string): uid is UID.ContentType => Boolean(strapi.contentTypes[uid as UID.ContentType]);

const revisionIds = (...values: unknown[]) => values.map((v) => Number(v)).filter((n) => Number.isInteger(n) && n > 0);

/**
 * Admin routes act on one document of `params.uid`: the user needs the Content Manager's right
 * on that very document (`read` to see its versions, `update` to restore one), conditions such
 * as `admin::is-creator` and the locale included. The locale is the one of the revisions named
 * by the route (what a restore overwrites), else `?locale=`, else the default one.
 */
export default async (policyContext: PolicyContext, config: { action: Action }, { strapi }: { strapi: Core.Strapi }) => {
  const { uid, documentId, id } = policyContext.params;
  if (!uid || !documentId || !isContentType(strapi, uid)) return false;
  const { query } = policyContext.request;
  const ids = revisionIds(id, query.from, query.to);
  const named: { targetLocale: string | null }[] = ids.length
    ? await strapi.db.query(REVISION).findMany({ where: { id: { $in: ids }, targetUid: uid, targetDocumentId: documentId }, select: ['targetLocale'] })
    : [];
  const asked = typeof query.locale === 'string' ? query.locale : undefined;
  const locales = named.length ? [...new Set(named.map((r) => r.targetLocale ?? undefined))] : [asked];
  for (const locale of locales) {
    if (!(await canOnDocument(strapi, policyContext.state.userAbility, config.action, uid, documentId, locale))) return false;
  }
  return true;
};

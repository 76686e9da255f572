import type { Core, UID } from '@strapi/strapi';
import { contentTypes, errors } from '@strapi/utils';

export type Action = 'read' | 'update';

/** The Content Manager's permission checker for one caller and type; untyped in Strapi. */
interface PermissionChecker {
  can: Record<Action, (entity?: object) => boolean>;
  sanitizedQuery: Record<Action, (query: object) => Promise<object>>;
}

/** The Content Manager's builder of what to populate for a query's filters (the conditions' relations). */
type PopulateBuilder = (uid: string) => { populateFromQuery(query: object): { build(): Promise<object> } };

/**
 * Whether the admin user of `ability` may `action` this document's version in `locale`, decided
 * as the Content Manager's edit view decides it (its `updateDocument` and `findOne`): the action
 * on the type, then on the draft version itself, RBAC conditions (`admin::is-creator`…) and
 * locales included. 404 when the document has no such version.
 */
export async function canOnDocument(
  strapi: Core.Strapi,
  ability: unknown,
  action: Action,
  uid: UID.ContentType,
  documentId: string,
  locale?: string,
): Promise<boolean> {
  if (!ability) return false;
  const checker: PermissionChecker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ability, model: uid });
  if (!checker.can[action]()) return false;
  const query = await checker.sanitizedQuery[action]({});
  const builder = strapi.plugin('content-manager').service('populate-builder') as unknown as PopulateBuilder;
  const populate = await builder(uid).populateFromQuery(query).build();
  const withDraft = contentTypes.hasDraftAndPublish(strapi.contentType(uid));
  const version = await strapi.documents(uid).findOne({ documentId, locale, populate, ...(withDraft ? { status: 'draft' as const } : {}) });
  if (!version) throw new errors.NotFoundError(`Aucune version ${locale ? `(${locale}) ` : ''}du document ${documentId}.`);
  return checker.can[action](version);
}

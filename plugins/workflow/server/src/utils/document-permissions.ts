import type { Core, Modules, UID } from '@strapi/strapi';
import { contentTypes, errors } from '@strapi/utils';
import type { UserAbility } from '../engine/types';

type Action = 'read' | 'update';

/** The Content Manager's permission checker (`can.read(entity)`, `sanitizedQuery.read(query)`…); untyped in Strapi. */
interface PermissionChecker {
  can: Record<Action | 'create', (entity?: object) => boolean>;
  sanitizedQuery: Record<Action, (query: object) => Promise<{ filters?: Record<string, unknown> }>>;
}

/** The Content Manager's builder of what to populate for a query's filters (the conditions' relations). */
type PopulateBuilder = <TUid extends UID.ContentType>(
  uid: TUid,
) => {
  populateFromQuery(query: object): { build(): Promise<Modules.Documents.Params.Populate.Any<TUid>> };
};

/**
 * The caller's rights on the documents of one type, decided by the Content Manager's own
 * permission checker: the same answer as its list and edit views, RBAC conditions
 * (`admin::is-creator`…) and locales included.
 */
export function documentPermissions<TUid extends UID.ContentType>(strapi: Core.Strapi, ability: UserAbility | null, uid: TUid) {
  let created: PermissionChecker | undefined;
  const checker = (): PermissionChecker =>
    (created ??= strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ability, model: uid }));

  /** The version the Content Manager checks (the draft, in `locale`), with what the conditions need populated. */
  async function version(action: Action, documentId: string, locale?: string): Promise<object | null> {
    const query = await checker().sanitizedQuery[action]({});
    const builder = strapi.plugin('content-manager').service('populate-builder') as PopulateBuilder;
    const populate = await builder(uid).populateFromQuery(query).build();
    const withDraft = contentTypes.hasDraftAndPublish(strapi.contentType(uid));
    return strapi.documents(uid).findOne({ documentId, locale, populate, ...(withDraft ? { status: 'draft' } : {}) });
  }

  return {
    /** Whether the caller may `action` this document (its version in `locale`); 404 when there is none. */
    async can(action: Action, documentId: string, locale?: string): Promise<boolean> {
      if (!ability || !checker().can[action]()) return false;
      const entity = await version(action, documentId, locale);
      if (!entity) throw new errors.NotFoundError(`Aucune entrée ${documentId} dans ${uid}.`);
      return checker().can[action](entity);
    },

    /** Refuses (403) unless the caller may `action` this document, as the Content Manager would. */
    async assert(action: Action, documentId: string, locale?: string): Promise<void> {
      if (await this.can(action, documentId, locale)) return;
      const message =
        action === 'read'
          ? 'Vous n’avez pas accès à cette entrée.'
          : 'Vous ne pouvez pas modifier cette entrée : elle est réservée à son auteur ou à l’équipe qui la gère.';
      // PolicyError: a 403 whose message reaches the caller (Strapi masks other ForbiddenErrors).
      throw new errors.PolicyError(message);
    },

    /**
     * Filters keeping only what the caller may read (the conditions' filters, as in the list
     * view), `{}` when they may read everything, or null when they may read nothing of this type.
     */
    async readFilters(): Promise<Modules.Documents.Params.Filters.Any<TUid> | null> {
      if (!ability || !checker().can.read()) return null;
      const { filters } = await checker().sanitizedQuery.read({});
      // Built by Strapi's checker from this very type's attributes (the conditions' filters), untyped there.
      return (filters ?? {}) as Modules.Documents.Params.Filters.Any<TUid>;
    },
  };
}

export type DocumentPermissions = ReturnType<typeof documentPermissions>;

import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '@reseau-epn/platform';

type WriteAction = 'create' | 'update';

/**
 * Which right the written machine must still satisfy, by Document Service action: a copy
 * (« Dupliquer ») is a creation. Deleting is checked by the Content Manager on the stored entry.
 */
const CHECKED_ACTIONS: Readonly<Record<string, WriteAction>> = { create: 'create', clone: 'create', update: 'update' };

/** The Content Manager's permission checker for one caller and type; untyped in Strapi. */
interface PermissionChecker {
  can: Record<WriteAction, (entity?: object) => boolean>;
  sanitizedQuery: Record<WriteAction, (query: object) => Promise<object>>;
}

/** The Content Manager's builder of what to populate for a query's filters (the conditions' relations). */
type PopulateBuilder = (uid: string) => { populateFromQuery(query: object): { build(): Promise<object> } };

interface AdminRequestState {
  userAbility?: unknown;
}

/**
 * The Content Manager checks a permission's conditions on the stored entry, never on the body
 * it writes (its own « TODO: Revert the creation if create permission conditions are not met »):
 * an Animateur allowed machines of their spaces' teams could otherwise create one in any space,
 * or move theirs into another. So an admin's write of a machine runs in a transaction, and the
 * machine as written must still meet the admin's conditions for that right (the same RBAC
 * conditions, so a Technicien's unconditioned right passes and an Animateur's team right is
 * checked on the new space); otherwise it is rolled back with a 403.
 * Writes without an admin user (the seed, server-side code) are not concerned.
 */
export function guardMachineSpace(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    const action = CHECKED_ACTIONS[ctx.action];
    if (ctx.uid !== UIDS.machine || !action) return next();
    const ability = (strapi.requestContext.get()?.state as AdminRequestState | undefined)?.userAbility;
    if (!ability) return next();

    const checker: PermissionChecker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ability, model: UIDS.machine });
    const builder = strapi.plugin('content-manager').service('populate-builder') as unknown as PopulateBuilder;
    const populate = await builder(UIDS.machine)
      .populateFromQuery(await checker.sanitizedQuery[action]({}))
      .build();

    return strapi.db.transaction(async () => {
      const written = (await next()) as Modules.Documents.AnyDocument | null;
      if (!written) return written;
      const machine = await strapi.documents(UIDS.machine).findOne({ documentId: written.documentId, populate });
      if (!machine || !checker.can[action](machine)) {
        // Thrown inside the transaction: the write is undone, and the admin gets Strapi's 403.
        throw new errors.ForbiddenError('Cette machine ne peut être rattachée qu’à un espace dont vous êtes membre de l’équipe.');
      }
      return written;
    });
  });
}

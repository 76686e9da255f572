import type { Core } from '@strapi/strapi';
import { SITE_SIGNAL_EVENTS, UIDS } from '@reseau-epn/platform';
import { deriveInventory, type DerivedInventory, type InventoryMachine } from './derived-inventory';

/** Emitted after a space's derived figures were rewritten, with `{ uid, documentId }`. */
export const SPACE_INVENTORY_CHANGED = SITE_SIGNAL_EVENTS.SPACE_INVENTORY_CHANGED;

/** Writes that can change which machines a space lists or what they are. */
const MACHINE_WRITES = new Set(['create', 'update', 'delete']);
/** A space's own writes can connect or disconnect machines through its `machines` field. */
const SPACE_WRITES = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft']);

async function spaceOfMachine(strapi: Core.Strapi, documentId: string | undefined): Promise<string | null> {
  if (!documentId) return null;
  const machine = await strapi.db.query(UIDS.machine).findOne({ where: { documentId }, populate: { espace: { select: ['documentId'] } } });
  return (machine?.espace as { documentId?: string } | null | undefined)?.documentId ?? null;
}

/**
 * Recomputes a space's `publicWorkstations` and `operatingSystems` from its machines, on every
 * row of the document: each locale (the fields are not localized) and both the draft and the
 * published version. Written through `strapi.db`, not the Document Service: a figure derived
 * from the inventory must reach the public version without a re-publication, must not become a
 * revision of the space nor move its « mis à jour le », and `updatedAt` stays as it is so the
 * Content Manager does not show the draft as modified.
 */
export async function recomputeSpaceInventory(strapi: Core.Strapi, spaceDocumentId: string): Promise<void> {
  const machines = (await strapi.db.query(UIDS.machine).findMany({
    where: { espace: { documentId: spaceDocumentId } },
    select: ['kind', 'publicUse', 'operatingSystem', 'state'],
  })) as InventoryMachine[];
  const derived = deriveInventory(machines);
  if (!derived) return;
  const rows = (await strapi.db
    .query(UIDS.espace)
    .findMany({ where: { documentId: spaceDocumentId }, select: ['publicWorkstations', 'operatingSystems'] })) as Partial<DerivedInventory>[];
  const same = (row: Partial<DerivedInventory>) =>
    row.publicWorkstations === derived.publicWorkstations && JSON.stringify(row.operatingSystems ?? null) === JSON.stringify(derived.operatingSystems);
  if (rows.every(same)) return;
  await strapi.db.query(UIDS.espace).updateMany({ where: { documentId: spaceDocumentId }, data: derived });
  // The query engine emits no entry.update: this event tells listeners (the site's builder) that
  // a published space's public figures changed.
  strapi.eventHub.emit(SPACE_INVENTORY_CHANGED, { uid: UIDS.espace, documentId: spaceDocumentId });
}

/**
 * Keeps the derived fields current after every write of a machine (its old and its new space
 * when it moves) and after every write of a space (which may connect or disconnect machines).
 */
export function registerDerivedInventory(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    const params = ctx.params as { documentId?: string };
    if (ctx.uid === UIDS.machine && MACHINE_WRITES.has(ctx.action)) {
      const before = await spaceOfMachine(strapi, params.documentId);
      const result = await next();
      const written = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
      const after = ctx.action === 'delete' ? null : await spaceOfMachine(strapi, written);
      for (const space of new Set([before, after])) if (space) await recomputeSpaceInventory(strapi, space);
      return result;
    }
    if (ctx.uid === UIDS.espace && SPACE_WRITES.has(ctx.action)) {
      const result = await next();
      const written = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
      if (written) await recomputeSpaceInventory(strapi, written);
      return result;
    }
    return next();
  });
}

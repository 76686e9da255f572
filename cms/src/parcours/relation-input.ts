import type { Core, UID } from '@strapi/strapi';

/** One target of a relation as the Document Service accepts it: a document id, a row id, or an object naming either. */
type Target = string | number | { documentId?: string; id?: number };

/** What a write's `data.<relation>` may hold: a list (the new set), or `set` / `connect` / `disconnect` lists. */
export type RelationInput = Target | Target[] | { set?: Target | Target[]; connect?: Target | Target[]; disconnect?: Target | Target[] } | null | undefined;

const asList = (value: Target | Target[] | undefined): Target[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Document ids of targets, resolving row ids (the admin sends both) through the target's table. */
async function documentIds(strapi: Core.Strapi, target: UID.ContentType, targets: Target[]): Promise<string[]> {
  const rowIds = targets.flatMap((t) => (typeof t === 'number' ? [t] : typeof t === 'object' && !t.documentId && t.id ? [t.id] : []));
  const rows = rowIds.length
    ? ((await strapi.db.query(target).findMany({ where: { id: { $in: rowIds } }, select: ['id', 'documentId'] })) as { id: number; documentId: string }[])
    : [];
  const byRow = new Map(rows.map((row) => [row.id, row.documentId]));
  return targets.flatMap((t) => {
    if (typeof t === 'string') return [t];
    if (typeof t === 'number') return byRow.has(t) ? [byRow.get(t)!] : [];
    if (t.documentId) return [t.documentId];
    return t.id !== undefined && byRow.has(t.id) ? [byRow.get(t.id)!] : [];
  });
}

/**
 * The relation's targets after the write, in order, with repetitions kept (so that a list naming
 * one target twice can be refused): `current` for what is stored, changed by the write's input.
 * Undefined when the write leaves the relation alone.
 */
export async function relationAfterWrite(
  strapi: Core.Strapi,
  target: UID.ContentType,
  input: RelationInput,
  current: readonly string[],
): Promise<string[] | undefined> {
  if (input === undefined) return undefined;
  if (input === null) return [];
  if (Array.isArray(input) || typeof input !== 'object' || !('set' in input || 'connect' in input || 'disconnect' in input)) {
    return documentIds(strapi, target, asList(input as Target | Target[]));
  }
  if (input.set !== undefined) return documentIds(strapi, target, asList(input.set));
  const removed = new Set(await documentIds(strapi, target, asList(input.disconnect)));
  const added = await documentIds(strapi, target, asList(input.connect));
  return [...current.filter((id) => !removed.has(id) && !added.includes(id)), ...added];
}

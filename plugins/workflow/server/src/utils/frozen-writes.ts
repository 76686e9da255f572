import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { frozenChanges, guardedFields } from '../engine/freezes';
import type { AnyMachine } from '../machines';

type Attribute = { type: string };

/** The guarded fields of every stored version of a document, keyed by locale and status. */
async function readGuarded(strapi: Core.Strapi, uid: UID.ContentType, documentId: string, fields: string[]) {
  const attributes: Record<string, Attribute> = strapi.contentType(uid).attributes;
  const populate: Record<string, true | { populate: true }> = {};
  for (const field of fields) {
    const type = attributes[field]?.type;
    if (type === 'relation' || type === 'media') populate[field] = true;
    // Components with their own relations (a log entry's author).
    if (type === 'component' || type === 'dynamiczone') populate[field] = { populate: true };
  }
  // The query engine, not the Document Service: every stored version at once (draft and published, every locale).
  const rows: Record<string, unknown>[] = await strapi.db.query(uid).findMany({ where: { documentId }, populate });
  return new Map(rows.map((row) => [`${row.locale ?? ''}:${row.publishedAt ? 'published' : 'draft'}`, Object.fromEntries(fields.map((f) => [f, row[f]]))]));
}

/**
 * Runs a direct write (Content Manager, REST) of an entry whose state freezes fields, in one
 * transaction: the frozen fields are read before and after it, and any change rolls the whole
 * write back with a 400 naming the field and the state. Comparing what is stored, rather than
 * the request, catches every way of writing a field: connect/disconnect, documentIds, component
 * rows sent with or without their ids.
 */
export async function writeKeepingFrozen<T>(strapi: Core.Strapi, machine: AnyMachine, state: string, documentId: string, write: () => Promise<T>): Promise<T> {
  const fields = guardedFields(machine.freezes?.[state]);
  return strapi.db.transaction(async () => {
    const before = await readGuarded(strapi, machine.uid, documentId, fields);
    const result = await write();
    const after = await readGuarded(strapi, machine.uid, documentId, fields);
    const changes = [...before].flatMap(([version, values]) => frozenChanges(machine, state, values, after.get(version) ?? {}));
    if (changes.length > 0) {
      throw new errors.ValidationError(changes.map((c) => c.message).join(' '), {
        errors: changes.map((c) => ({ path: [c.field], message: c.message, name: 'ValidationError' })),
        state,
      });
    }
    return result;
  });
}

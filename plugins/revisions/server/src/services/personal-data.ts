import type { Core, UID } from '@strapi/strapi';
import { decodeContent, encodeContent, hashContent } from './content-codec';
import { UIDS } from '@reseau-epn/platform';

const REVISION = UIDS.revision;
const BATCH = 200;
const DAY_MS = 86_400_000;

/**
 * The personal fields of a tracked type: those the plugin's `personalFields` lists for it, or else
 * the attributes it declares private (never in the public API).
 */
export function personalAttributes(strapi: Core.Strapi, uid: UID.ContentType): string[] {
  const listed = strapi.config.get<Record<string, string[]>>('plugin::revisions.personalFields', {})[uid];
  if (listed) return listed;
  const attributes = strapi.contentType(uid).attributes as Record<string, { private?: boolean }>;
  return Object.keys(attributes).filter((name) => attributes[name].private === true);
}

/**
 * Removes the personal fields (a space's referent: name, email, phone) from the revisions
 * older than `retentionDays`, keeping the rest of the history: such a revision still compares
 * and restores its other fields, and restoring it leaves the current private values as they are.
 * Each revision is looked at once (`personalDataPurgedAt`). Returns how many lost personal data;
 * `forget` is told which documents' revisions were rewritten.
 */
export async function purgePersonalData(
  strapi: Core.Strapi,
  {
    uids,
    retentionDays,
    now,
    forget,
  }: { uids: UID.ContentType[]; retentionDays: number; now: Date; forget: (uid: string, documentId: string) => Promise<void> },
): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * DAY_MS);
  let purged = 0;
  for (const uid of uids) {
    const fields = personalAttributes(strapi, uid);
    if (fields.length === 0) continue;
    for (;;) {
      const rows: { id: number; targetDocumentId: string; content: string }[] = await strapi.db.query(REVISION).findMany({
        where: { targetUid: uid, createdAt: { $lt: before }, personalDataPurgedAt: { $null: true } },
        select: ['id', 'targetDocumentId', 'content'],
        orderBy: { id: 'asc' },
        limit: BATCH,
      });
      if (rows.length === 0) break;
      for (const row of rows) {
        const content = decodeContent(row.content);
        const held = fields.filter((field) => field in content);
        for (const field of held) delete content[field];
        const rewritten = held.length > 0 ? { content: encodeContent(content), contentHash: hashContent(content) } : {};
        await strapi.db.query(REVISION).update({ where: { id: row.id }, data: { ...rewritten, personalDataPurgedAt: now } });
        if (held.length > 0) {
          purged += 1;
          await forget(uid, row.targetDocumentId);
        }
      }
    }
  }
  return purged;
}

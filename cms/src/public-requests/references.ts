import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

type ReferencedUid = typeof UIDS.intervention | typeof UIDS.pret;
const PREFIX: Record<ReferencedUid, string> = { [UIDS.intervention]: 'INT', [UIDS.pret]: 'PRET' };

/** The next free reference of the year, as the schemas' pattern wants it: INT-2026-007, PRET-2026-012. */
export async function nextReference(strapi: Core.Strapi, uid: ReferencedUid, now = new Date()): Promise<string> {
  const stem = `${PREFIX[uid]}-${now.getUTCFullYear()}-`;
  const rows = (await strapi.db.query(uid).findMany({ where: { reference: { $startsWith: stem } }, select: ['reference'] })) as { reference: string }[];
  // Compared as numbers: past 999 the text order would put 1000 before 999.
  const last = rows.reduce((max, row) => Math.max(max, Number.parseInt(row.reference.slice(stem.length), 10) || 0), 0);
  return `${stem}${String(last + 1).padStart(3, '0')}`;
}

const isUniqueViolation = (error: unknown) => /unique|duplicate/i.test(String((error as { message?: string })?.message ?? ''));

/**
 * Creates with a fresh reference; two requests posted at the same moment may pick the same one,
 * and the second then tries the next (the column is unique).
 */
export async function withFreshReference<T>(strapi: Core.Strapi, uid: ReferencedUid, create: (reference: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const reference = await nextReference(strapi, uid);
    try {
      return await create(reference);
    } catch (error) {
      if (attempt >= 4 || !isUniqueViolation(error)) throw error;
    }
  }
}

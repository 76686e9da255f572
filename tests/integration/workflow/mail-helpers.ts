import type { UID } from '@strapi/strapi';
import { randomBytes } from 'node:crypto';
import type { TestCms } from '../../helpers/cms';
import { createEspace, sampleData } from '../../helpers/fixtures';
import { UIDS } from '@reseau-epn/platform';

export const PRET = UIDS.pret;
export const NOTIFICATION = UIDS.workflowNotification;
const EQUIPEMENT = UIDS.equipement;
const ESPACE = UIDS.espace;

export const uniqueAddress = (label: string) => `${label}.${randomBytes(4).toString('hex')}@emprunteurs.example`;

/** Loans for a file's tests, with their item and lending space, and every notification sent about them, removed after. */
export function loanFixtures(cms: TestCms) {
  const made: { uid: string; documentId: string }[] = [];
  const addresses: string[] = [];

  async function create(uid: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    // `as never`: plain data for whichever type the uid names at run time; Strapi validates it.
    const doc = await cms.strapi.documents(uid as UID.ContentType).create({ data, ...extra } as never);
    made.push({ uid, documentId: doc.documentId });
    return doc.documentId as string;
  }

  return {
    /** A loan asked for by `email`, on a new item; `state` set directly (server-side), as a past decision left it. */
    async loan(email: string, { startDate = '2027-05-03', endDate = '2027-05-07', state }: { startDate?: string; endDate?: string; state?: string } = {}) {
      addresses.push(email);
      const espace = (await createEspace(cms.strapi)).documentId;
      made.push({ uid: ESPACE, documentId: espace });
      const equipment = await create(EQUIPEMENT, sampleData(EQUIPEMENT));
      const loan = await create(PRET, { ...sampleData(PRET), equipment, borrowingSpace: espace, startDate, endDate, requester: { name: 'Emprunteur', email } });
      if (state) await cms.strapi.db.query(PRET).updateMany({ where: { documentId: loan }, data: { state } });
      return loan;
    },
    /** The notifications queued for an address, oldest first. */
    notificationsTo: (email: string) => cms.strapi.db.query(NOTIFICATION).findMany({ where: { to: email }, orderBy: { id: 'asc' } }),
    async cleanUp() {
      await cms.strapi.db.query(NOTIFICATION).deleteMany({ where: { to: { $in: addresses.splice(0) } } });
      for (const { uid, documentId } of made.splice(0).reverse()) await cms.strapi.documents(uid as UID.ContentType).delete({ documentId, locale: '*' });
    },
  };
}

/** Waits until the notification for `email` has been tried `attempts` times (it is sent in the background after a commit). */
export async function triedTimes(cms: TestCms, email: string, attempts: number, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await cms.strapi.db.query(NOTIFICATION).findOne({ where: { to: email, attempts } });
    if (row && row.status !== 'sending') return row;
    if (Date.now() > deadline) throw new Error(`no notification for ${email} tried ${attempts} time(s)`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

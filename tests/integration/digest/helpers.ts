import type { UID } from '@strapi/strapi';
import { randomBytes } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import type { TestCms } from '../../helpers/cms';
import type { Inbox } from '../../helpers/smtp';
import { UIDS } from '@reseau-epn/platform';

export const ABONNE = UIDS.abonne;
export const ISSUE = UIDS.digestIssue;
export const DELIVERY = UIDS.digestDelivery;
export const LETTRE = UIDS.lettre;

type Language = 'fr' | 'br' | 'en';
type Section = 'fiches' | 'calendar' | 'forum' | 'spaces';

export const uniqueId = () => randomBytes(4).toString('hex');
export const uniqueEmail = (label: string) => `${label}.${uniqueId()}@lecteurs.example`;

/**
 * The run's SMTP inbox (tests/helpers/cms.ts points Strapi's email provider at it before boot),
 * emptied for the file so counts start from zero, and taking every recipient.
 */
export async function useInbox(cms: TestCms): Promise<Inbox> {
  cms.inbox.messages.length = 0;
  cms.inbox.attempts.clear();
  cms.inbox.resetHooks();
  return cms.inbox;
}

/** The inbox outlives the file: only what the file changed is undone. */
export async function stopInbox(_cms: TestCms, inbox: Inbox) {
  inbox.resetHooks();
}

/** The shared inbox lets a test refuse recipients or act as the k-th message arrives. */
export type ControlledInbox = Inbox;

/** Messages that arrived for one address. */
export const to = (inbox: { messages: ParsedMail[] }, email: string) =>
  inbox.messages.filter((mail) => [mail.to].flat().some((a) => a?.value.some((v) => v.address === email)));

export async function waitForMail(inbox: { messages: ParsedMail[] }, email: string, timeoutMs = 5000): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = to(inbox, email);
    if (found.length) return found[found.length - 1];
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no message for ${email}`);
}

/** The `token` of the first link in a message's text part whose URL contains `path`. */
export function tokenFrom(mail: ParsedMail, path: string): string {
  const url = (mail.text ?? '').split(/\s+/).find((word) => word.includes(path) && word.includes('token='));
  if (!url) throw new Error(`no ${path} link in: ${mail.text}`);
  return new URL(url).searchParams.get('token')!;
}

/** A confirmed subscriber, made directly (the double opt-in has its own tests). */
export async function createSubscriber(
  cms: TestCms,
  {
    language = 'fr',
    sections,
    categories = [],
    confirmed = true,
  }: { language?: Language; sections?: Section[]; categories?: string[]; confirmed?: boolean } = {},
) {
  const email = uniqueEmail(`abonne-${language}`);
  const doc = await cms.strapi.documents(ABONNE).create({
    data: {
      email,
      language,
      confirmed,
      confirmedAt: confirmed ? new Date().toISOString() : undefined,
      preferences: { sections: sections ?? ['fiches', 'calendar', 'forum', 'spaces'], categories },
    },
  });
  return { email, documentId: doc.documentId as string, id: doc.id as number };
}

export async function deleteSubscribers(cms: TestCms, emails: string[]) {
  if (emails.length) await cms.strapi.db.query(ABONNE).deleteMany({ where: { email: { $in: emails } } });
}

/** The digest's runner, with the sending rate lifted for tests. */
export const runner = (cms: TestCms) => cms.strapi.plugin('digest').service('runner');

export function testIssueKey() {
  return `test-${uniqueId()}`;
}

/** Removes what runs made: issues, their deliveries and archived letters. */
export async function deleteIssues(cms: TestCms, issueKeys: string[]) {
  for (const issueKey of issueKeys) {
    const issue = await cms.strapi.db.query(ISSUE).findOne({ where: { issueKey } });
    if (issue) await cms.strapi.db.query(DELIVERY).deleteMany({ where: { issueId: issue.id } });
    await cms.strapi.db.query(ISSUE).deleteMany({ where: { issueKey } });
    await cms.strapi.db.query(LETTRE).deleteMany({ where: { issueKey } });
  }
}

/** Config changes for a test file, undone after. */
export function setConfig(cms: TestCms, values: Record<string, unknown>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((key) => [key, cms.strapi.config.get(`plugin::digest.${key}`)]));
  for (const [key, value] of Object.entries(values)) cms.strapi.config.set(`plugin::digest.${key}`, value);
  return () => {
    for (const [key, value] of Object.entries(previous)) cms.strapi.config.set(`plugin::digest.${key}`, value);
  };
}

/** Deliveries of an issue, by status. */
export async function deliveriesOf(cms: TestCms, issueKey: string) {
  const issue = await cms.strapi.db.query(ISSUE).findOne({ where: { issueKey } });
  if (!issue) return [];
  return cms.strapi.db.query(DELIVERY).findMany({ where: { issueId: issue.id }, orderBy: { id: 'asc' } });
}

/** A published fiche in one or more locales (the French one first), updated now. */
export async function publishFiche(cms: TestCms, titles: Partial<Record<Language, string>>, category?: string) {
  const id = uniqueId();
  const [first, ...others] = Object.entries(titles) as [Language, string][];
  const doc = await cms.strapi.documents(UIDS.fiche).create({
    locale: first[0],
    status: 'published',
    data: { title: first[1], slug: `fiche-digest-${first[0]}-${id}`, summary: `Résumé ${id}`, ...(category ? { category } : {}) },
  });
  for (const [locale, title] of others) {
    await cms.strapi.documents(UIDS.fiche).update({
      documentId: doc.documentId,
      locale,
      status: 'published',
      data: { title, slug: `fiche-digest-${locale}-${id}`, summary: `Summary ${id}`, ...(category ? { category } : {}) },
    });
  }
  return doc.documentId as string;
}

/** A category in the three languages: a localized fiche links to the category in its own locale. */
export async function createCategory(cms: TestCms) {
  const id = uniqueId();
  const categories = cms.strapi.documents(UIDS.categorie);
  const doc = await categories.create({ locale: 'fr', data: { name: `Catégorie lettre ${id}`, slug: `categorie-lettre-${id}` } });
  for (const locale of ['br', 'en']) {
    await categories.update({ documentId: doc.documentId, locale, data: { name: `Rummad ${locale} ${id}`, slug: `rummad-${locale}-${id}` } });
  }
  return doc.documentId as string;
}

export async function deleteDocuments(cms: TestCms, uid: UID.ContentType, documentIds: string[]) {
  for (const documentId of documentIds) await cms.strapi.documents(uid).delete({ documentId, locale: '*' });
}

export async function superAdminToken(cms: TestCms): Promise<{ token: string; id: number }> {
  const id = uniqueId();
  const email = `super.${id}@admins.example`;
  const password = `Pw-${id}-Lettre1`;
  const role = await cms.strapi.admin!.services.role.getSuperAdmin();
  const user = await cms.strapi.admin!.services.user.create({ firstname: 'Super', lastname: id, email, password, isActive: true, roles: [role.id] });
  const login = await cms.request('/admin/login', { method: 'POST', body: { email, password } });
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status}`);
  return { token: login.body.data.token, id: user.id };
}

/** Strapi's own service refuses to remove the last Super Admin; the test's is removed all the same. */
export async function deleteAdmin(cms: TestCms, id: number) {
  await cms.strapi.db.query(UIDS.adminUser).delete({ where: { id } });
}

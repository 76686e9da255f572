import type { ParsedMail } from 'mailparser';
import { UIDS } from '@reseau-epn/platform';
import type { TestCms } from '../../helpers/cms';
import { createEspace, sampleData } from '../../helpers/fixtures';
import { newVisitor, postForm, postJson, uniqueEmail } from '../requests/helpers';

export { newVisitor, postForm, postJson, uniqueEmail };

export const REGISTER = '/api/inscriptions/demandes';
export const CANCEL = '/api/inscriptions/annulation';

export interface TestEvent {
  kind: 'atelier' | 'formation';
  documentId: string;
  slug: string;
  spaceId: string;
}

const uidOf = (kind: TestEvent['kind']) => (kind === 'atelier' ? UIDS.atelier : UIDS.formation);

/** A published event open for registration, in a published space; `data` overrides its fields. */
export async function createEvent(cms: TestCms, data: Record<string, unknown> = {}, kind: TestEvent['kind'] = 'atelier'): Promise<TestEvent> {
  const space = await createEspace(cms.strapi);
  const fields = { place: space.documentId, registrationsOpen: true, capacity: 10, registrationLimit: 4, ...data };
  // One call per type: the Document Service types `data` by its uid, which a union of two cannot name.
  const doc =
    kind === 'atelier'
      ? await cms.strapi.documents(UIDS.atelier).create({ locale: 'fr', status: 'published', data: { ...sampleData(UIDS.atelier), ...fields } })
      : await cms.strapi.documents(UIDS.formation).create({ locale: 'fr', status: 'published', data: { ...sampleData(UIDS.formation), ...fields } });
  return { kind, documentId: doc.documentId, slug: doc.slug as string, spaceId: space.documentId };
}

/** The event's registrations, every one of them, as the database holds them. */
export function registrationsOf(cms: TestCms, event: TestEvent) {
  return cms.strapi.db.query(UIDS.inscription).findMany({ where: { [event.kind]: { documentId: event.documentId } }, orderBy: { id: 'asc' } });
}

/** Every row of the event (its draft and published versions) with its derived fields. */
export function eventRows(cms: TestCms, event: TestEvent) {
  return cms.strapi.db.query(uidOf(event.kind)).findMany({ where: { documentId: event.documentId }, select: ['publishedAt', 'seatsLeft', 'eventStatus'] });
}

/** Removes the event, its registrations and its space. */
export async function removeEvent(cms: TestCms, event: TestEvent): Promise<void> {
  const rows = await registrationsOf(cms, event);
  await cms.strapi.db.query(UIDS.inscription).deleteMany({ where: { id: { $in: rows.map((row: { id: number }) => row.id) } } });
  await cms.strapi.documents(uidOf(event.kind)).delete({ documentId: event.documentId, locale: '*' });
  await cms.strapi.documents(UIDS.espace).delete({ documentId: event.spaceId, locale: '*' });
}

/** The form's fields for one person; `extra` overrides them. */
export const person = (event: TestEvent, email: string, extra: Record<string, string> = {}) => ({
  locale: 'fr',
  kind: event.kind,
  event: event.documentId,
  name: 'Maïwenn Test',
  email,
  places: '1',
  website: '',
  ...extra,
});

/** The cancel link's path and query from a mail's text (the link names the configured public URL). */
export function cancelPathIn(mail: ParsedMail): string {
  const match = /https?:\/\/[^\s/]+(\/api\/inscriptions\/annulation\?token=[A-Za-z0-9._%-]+&lang=[a-z]{2})/.exec(mail.text ?? '');
  if (!match) throw new Error(`no cancel link in: ${mail.text}`);
  return match[1]!;
}

export const tokenOf = (cancelPath: string) => new URL(cancelPath, 'http://x').searchParams.get('token')!;

/** The « Inscriptions » panel's routes (cms/src/registrations/admin-contract.ts). */
export const adminPaths = {
  event: (event: TestEvent) => `/registrations-admin/${event.kind}/${event.documentId}`,
  attendance: (event: TestEvent) => `/registrations-admin/${event.kind}/${event.documentId}/attendance`,
  cancel: (registrationDocumentId: string) => `/registrations-admin/registration/${registrationDocumentId}/cancel`,
};

/** Puts admin users in the team of the space where the event is held. */
export async function joinTeam(cms: TestCms, event: TestEvent, adminIds: number[]): Promise<void> {
  await cms.strapi.documents(UIDS.espace).update({
    documentId: event.spaceId,
    locale: 'fr',
    data: { team: adminIds.map((member) => ({ member, notifyFiches: false })) },
  });
}

/** Removes admin users made by createPerson, with their content-API accounts. */
export async function removePeople(cms: TestCms, people: { adminId: number; email: string }[]): Promise<void> {
  for (const who of people) {
    await cms.strapi.db.query(UIDS.adminUser).delete({ where: { id: who.adminId } });
    await cms.strapi.db.query(UIDS.user).delete({ where: { email: who.email } });
  }
}

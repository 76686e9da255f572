import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { cancelledEventClaims } from '../../../cms/src/registrations/event-cancelled';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEvent, newVisitor, person, postJson, REGISTER, registrationsOf, removeEvent, uniqueEmail, type TestEvent } from './helpers';

// An atelier of two seats: Anna (in English) and a phone-only registration hold them, Wenn and
// Gwen wait, and Gwen has since cancelled. The editor cancels it, publishes, saves and publishes
// again, then reopens it. A second atelier, Lena's, is cancelled in its draft only.
const CANCELLED_SUBJECT = /^(Événement annulé|Event cancelled|Darvoud nullet) ?: /;

let cms: TestCms;
let atelier: TestEvent;
let draftOnly: TestEvent;
const emails = { anna: uniqueEmail('anna'), wenn: uniqueEmail('wenn'), gwen: uniqueEmail('gwen'), lena: uniqueEmail('lena') };
/** « Événement annulé » mails that had arrived for each address after each step. */
let after: Record<'published' | 'savedAgain' | 'reopened', Record<string, ParsedMail[]>>;

async function register(event: TestEvent, fields: Record<string, string>): Promise<void> {
  const answer = await postJson(cms, REGISTER, person(event, '', fields), newVisitor());
  expect(answer.status).toBe(201);
}

/** What had arrived once every mail queued for these addresses left the workflow's queue. */
async function snapshot(): Promise<Record<string, ParsedMail[]>> {
  const addresses = Object.values(emails);
  const deadline = Date.now() + 15_000;
  const waiting = () => cms.strapi.db.query(UIDS.workflowNotification).count({ where: { to: { $in: addresses }, status: { $in: ['pending', 'sending'] } } });
  while ((await waiting()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return Object.fromEntries(addresses.map((address) => [address, cms.inbox.to(address).filter((mail) => CANCELLED_SUBJECT.test(mail.subject ?? ''))]));
}

/** The editor's save of the draft, then its publication, as the Content Manager does them. */
async function saveAndPublish(event: TestEvent, data: { eventStatus?: 'prevu' | 'annule'; registration?: string }): Promise<void> {
  await cms.strapi.documents(UIDS.atelier).update({ documentId: event.documentId, locale: 'fr', data });
  await cms.strapi.documents(UIDS.atelier).publish({ documentId: event.documentId, locale: 'fr' });
}

beforeAll(async () => {
  cms = await getCms();
  atelier = await createEvent(cms, { capacity: 2, startsAt: '2040-09-11T12:00:00.000Z', endsAt: '2040-09-11T14:00:00.000Z' });
  draftOnly = await createEvent(cms, { startsAt: '2040-09-12T12:00:00.000Z', endsAt: '2040-09-12T14:00:00.000Z' });
  await register(atelier, { email: emails.anna, name: 'Anna Test', locale: 'en' });
  await register(atelier, { email: '', phone: '02 98 00 00 00', name: 'Per Téléphone' });
  await register(atelier, { email: emails.wenn, name: 'Wenn Test' });
  await register(atelier, { email: emails.gwen, name: 'Gwen Test' });
  await register(draftOnly, { email: emails.lena, name: 'Lena Test' });
  // Gwen left the waiting list (below the seats' logic: no seat frees up, nobody moves).
  await cms.strapi.db.query(UIDS.inscription).updateMany({ where: { email: emails.gwen }, data: { state: 'annulee' } });

  await saveAndPublish(atelier, { eventStatus: 'annule' });
  await cms.strapi.documents(UIDS.atelier).update({ documentId: draftOnly.documentId, locale: 'fr', data: { eventStatus: 'annule' } });
  after = { published: await snapshot(), savedAgain: {}, reopened: {} };
  await saveAndPublish(atelier, { registration: 'Annulé : la salle est en travaux.' });
  after.savedAgain = await snapshot();
  await saveAndPublish(atelier, { eventStatus: 'prevu' });
  after.reopened = await snapshot();
});

afterAll(async () => {
  const ids = (await Promise.all([atelier, draftOnly].map((event) => registrationsOf(cms, event)))).flat().map((row: { id: number }) => row.id);
  await cms.strapi.db.query(cancelledEventClaims.uid).deleteMany({ where: { registration: { $in: ids } } });
  await cms.strapi.db.query(UIDS.workflowNotification).deleteMany({ where: { to: { $in: Object.values(emails) } } });
  for (const event of [atelier, draftOnly]) await removeEvent(cms, event);
});

describe('an event cancelled', () => {
  it('should tell a confirmed registration in its language', () => {
    const [mail] = after.published[emails.anna]!;

    expect(after.published[emails.anna]).toHaveLength(1);
    expect(mail!.subject).toMatch(/^Event cancelled: /);
    expect(mail!.text).toContain('Anna Test');
    expect(mail!.text).toContain('Tuesday, 11 September 2040 at 14:00');
  });

  it('should tell a registration on the waiting list', () => {
    const [mail] = after.published[emails.wenn]!;

    expect(after.published[emails.wenn]).toHaveLength(1);
    expect(mail!.subject).toMatch(/^Événement annulé : /);
    expect(mail!.text).toContain('sur la liste d’attente');
  });

  it('should tell nobody whose registration was already cancelled', () => {
    expect(after.published[emails.gwen]).toEqual([]);
  });

  it('should tell nobody while only the draft is cancelled', () => {
    expect(after.published[emails.lena]).toEqual([]);
  });

  it('should tell nobody twice when the cancelled event is saved and published again', () => {
    expect([after.savedAgain[emails.anna]!.length, after.savedAgain[emails.wenn]!.length]).toEqual([1, 1]);
  });

  it('should tell nobody when the event is reopened', () => {
    expect([after.reopened[emails.anna]!.length, after.reopened[emails.wenn]!.length]).toEqual([1, 1]);
  });

  it('should leave the registrations as they were', async () => {
    const rows = await registrationsOf(cms, atelier);

    expect(rows.map((row: { state: string }) => row.state)).toEqual(['confirmee', 'confirmee', 'en_attente', 'annulee']);
  });
});

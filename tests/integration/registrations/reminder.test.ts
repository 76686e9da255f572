import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { sendRegistrationReminders, type RegistrationReminderReport } from '../../../cms/src/registrations/reminder';
import { REGISTRATION_REMINDER_UID } from '../../../cms/src/registrations/reminder-store';
import { getCms, type TestCms } from '../../helpers/cms';
import { cancelPathIn, createEvent, newVisitor, person, postJson, REGISTER, registrationsOf, removeEvent, uniqueEmail, type TestEvent } from './helpers';

// The day-before reminder, run at 10:00 Paris on 2040-06-10 (far from the real clock, so that no
// other file's event is « tomorrow »). Tomorrow's atelier has two seats: Anna (in English) and a
// phone-only registration hold them, Wenn waits. Tomorrow's formation has Fañch, registered long
// ago, and Loeiz, registered an hour before the run. The atelier of the day after has Lena.
const RUN = new Date('2040-06-10T08:00:00Z');
const REMINDER_SUBJECT = /^(Rappel|Reminder|Degas soñj)/;

let cms: TestCms;
let atelier: TestEvent;
let formation: TestEvent;
let later: TestEvent;
const emails = { anna: uniqueEmail('anna'), wenn: uniqueEmail('wenn'), fanch: uniqueEmail('fanch'), loeiz: uniqueEmail('loeiz'), lena: uniqueEmail('lena') };
const reports: RegistrationReminderReport[] = [];
/** Reminders that had arrived for each address after each run. */
const after: Record<'first' | 'again', Record<string, ParsedMail[]>> = {} as never;

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
  return Object.fromEntries(addresses.map((address) => [address, cms.inbox.to(address).filter((mail) => REMINDER_SUBJECT.test(mail.subject ?? ''))]));
}

beforeAll(async () => {
  cms = await getCms();
  atelier = await createEvent(cms, { capacity: 2, startsAt: '2040-06-11T12:00:00.000Z', endsAt: '2040-06-11T14:00:00.000Z' });
  formation = await createEvent(cms, { startsAt: '2040-06-11T07:30:00.000Z', endsAt: '2040-06-11T15:00:00.000Z' }, 'formation');
  later = await createEvent(cms, { startsAt: '2040-06-12T12:00:00.000Z', endsAt: '2040-06-12T14:00:00.000Z' });

  await register(atelier, { email: emails.anna, name: 'Anna Test', locale: 'en' });
  await register(atelier, { email: '', phone: '02 98 00 00 00', name: 'Per Téléphone' });
  await register(atelier, { email: emails.wenn, name: 'Wenn Test' });
  await register(formation, { email: emails.fanch, name: 'Fañch Test' });
  await register(formation, { email: emails.loeiz, name: 'Loeiz Test' });
  await register(later, { email: emails.lena, name: 'Lena Test' });
  // Loeiz registered an hour before the run: the confirmation has just arrived.
  await cms.strapi.db.query(UIDS.inscription).updateMany({ where: { email: emails.loeiz }, data: { createdAt: new Date(RUN.getTime() - 3_600_000) } });

  // Two runs at once, as two instances of the CMS would start them, then a third after a restart.
  reports.push(...(await Promise.all([sendRegistrationReminders(cms.strapi, RUN), sendRegistrationReminders(cms.strapi, RUN)])));
  after.first = await snapshot();
  reports.push(await sendRegistrationReminders(cms.strapi, new Date('2040-06-10T16:00:00Z')));
  after.again = await snapshot();
});

afterAll(async () => {
  const ids = (await Promise.all([atelier, formation, later].map((event) => registrationsOf(cms, event)))).flat().map((row: { id: number }) => row.id);
  await cms.strapi.db.query(REGISTRATION_REMINDER_UID).deleteMany({ where: { registration: { $in: ids } } });
  for (const event of [atelier, formation, later]) await removeEvent(cms, event);
});

describe('the reminder the day before', () => {
  it("should mail a confirmed registration of tomorrow's atelier in its language, with the time, the place and its cancel link", async () => {
    const [mail] = after.first[emails.anna]!;
    const [registration] = await registrationsOf(cms, atelier);

    expect(after.first[emails.anna]).toHaveLength(1);
    expect(mail!.subject).toMatch(/^Reminder: .+, tomorrow$/);
    expect(mail!.text).toContain('Monday, 11 June 2040 at 14:00');
    expect(mail!.text).toContain('Anna Test');
    expect(cancelPathIn(mail!)).toContain('lang=en');
    expect(registration.email).toBe(emails.anna);
  });

  it("should mail a confirmed registration of tomorrow's formation in French", () => {
    expect(after.first[emails.fanch]!.map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Rappel : Formation .+, demain$/)]);
  });

  it('should remind no registration on the waiting list', () => {
    expect(after.first[emails.wenn]).toEqual([]);
  });

  it('should remind no registration of an event on another day', () => {
    expect(after.first[emails.lena]).toEqual([]);
  });

  it('should remind no registration made less than a day before the run', () => {
    expect(after.first[emails.loeiz]).toEqual([]);
  });

  it('should queue exactly the two reminders due between two instances running at once, none for the phone-only registration', () => {
    expect(reports[0]!.mailed + reports[1]!.mailed).toBe(2);
  });

  it('should mail nobody twice when two instances run at once', () => {
    expect([after.first[emails.anna]!.length, after.first[emails.fanch]!.length]).toEqual([1, 1]);
  });

  it('should mail nobody again on a later run the same day', () => {
    expect(reports[2]).toEqual({ day: '2040-06-11', mailed: 0, alreadyMailed: 2 });
    expect([after.again[emails.anna]!.length, after.again[emails.fanch]!.length]).toEqual([1, 1]);
  });
});

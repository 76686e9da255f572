import ICAL from 'ical.js';
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
// A series of seven weekly sessions (the third cancelled) has Mael: tomorrow's is « 3 sur 6 »; the
// runs the day before the next session and the day before the cancelled one come last.
const RUN = new Date('2040-06-10T08:00:00Z');
const SESSION_DAYS = ['2040-05-21', '2040-05-28', '2040-06-04', '2040-06-11', '2040-06-18', '2040-06-25', '2040-07-02'];
const sessionsData = SESSION_DAYS.map((day) => ({ day, startsAt: `${day}T12:00:00.000Z`, endsAt: `${day}T14:00:00.000Z`, cancelled: day === '2040-06-04' }));
const REMINDER_SUBJECT = /^(Rappel|Reminder|Degas soñj)/;

let cms: TestCms;
let atelier: TestEvent;
let formation: TestEvent;
let later: TestEvent;
let series: TestEvent;
const emails = {
  anna: uniqueEmail('anna'),
  wenn: uniqueEmail('wenn'),
  fanch: uniqueEmail('fanch'),
  loeiz: uniqueEmail('loeiz'),
  lena: uniqueEmail('lena'),
  mael: uniqueEmail('mael'),
};
const reports: RegistrationReminderReport[] = [];
/** Reminders that had arrived for each address after each run. */
let after: Record<'first' | 'again' | 'nextSession' | 'cancelledSession', Record<string, ParsedMail[]>>;

async function register(event: TestEvent, fields: Record<string, string>): Promise<void> {
  const answer = await postJson(cms, REGISTER, person(event, '', fields), newVisitor());
  expect(answer.status).toBe(201);
}

const remindersTo = (address: string) => cms.inbox.to(address).filter((mail) => REMINDER_SUBJECT.test(mail.subject ?? ''));

/**
 * What had arrived once the reminders expected so far had: they leave after their claim's commit,
 * each with its .ics, straight to the SMTP server (a failure would be queued as text).
 */
async function snapshot(expected: Partial<Record<keyof typeof emails, number>>): Promise<Record<string, ParsedMail[]>> {
  const deadline = Date.now() + 15_000;
  const arrived = () => Object.entries(expected).every(([who, count]) => remindersTo(emails[who as keyof typeof emails]).length >= count!);
  while (!arrived() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return Object.fromEntries(Object.values(emails).map((address) => [address, remindersTo(address)]));
}

/** The one VEVENT of a mail's .ics. */
function veventOf(mail: ParsedMail) {
  const ics = mail.attachments.find((file) => file.contentType.startsWith('text/calendar'))!;
  const [vevent, ...others] = new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getAllSubcomponents('vevent');
  expect(others).toEqual([]);
  return vevent!;
}

beforeAll(async () => {
  cms = await getCms();
  atelier = await createEvent(cms, { capacity: 2, startsAt: '2040-06-11T12:00:00.000Z', endsAt: '2040-06-11T14:00:00.000Z' });
  formation = await createEvent(cms, { startsAt: '2040-06-11T07:30:00.000Z', endsAt: '2040-06-11T15:00:00.000Z' }, 'formation');
  later = await createEvent(cms, { startsAt: '2040-06-12T12:00:00.000Z', endsAt: '2040-06-12T14:00:00.000Z' });
  series = await createEvent(cms, { startsAt: sessionsData[0]!.startsAt, endsAt: sessionsData[0]!.endsAt, sessions: sessionsData });

  await register(atelier, { email: emails.anna, name: 'Anna Test', locale: 'en' });
  await register(atelier, { email: '', phone: '02 98 00 00 00', name: 'Per Téléphone' });
  await register(atelier, { email: emails.wenn, name: 'Wenn Test' });
  await register(formation, { email: emails.fanch, name: 'Fañch Test' });
  await register(formation, { email: emails.loeiz, name: 'Loeiz Test' });
  await register(later, { email: emails.lena, name: 'Lena Test' });
  await register(series, { email: emails.mael, name: 'Mael Test' });
  // Loeiz registered an hour before the run: the confirmation has just arrived.
  await cms.strapi.db.query(UIDS.inscription).updateMany({ where: { email: emails.loeiz }, data: { createdAt: new Date(RUN.getTime() - 3_600_000) } });

  // Two runs at once, as two instances of the CMS would start them, then a third after a restart.
  reports.push(...(await Promise.all([sendRegistrationReminders(cms.strapi, RUN), sendRegistrationReminders(cms.strapi, RUN)])));
  after = { first: await snapshot({ anna: 1, fanch: 1, mael: 1 }), again: {}, nextSession: {}, cancelledSession: {} };
  reports.push(await sendRegistrationReminders(cms.strapi, new Date('2040-06-10T16:00:00Z')));
  after.again = await snapshot({ anna: 1, fanch: 1, mael: 1 });
  await sendRegistrationReminders(cms.strapi, new Date('2040-06-17T08:00:00Z'));
  after.nextSession = await snapshot({ mael: 2 });
  await sendRegistrationReminders(cms.strapi, new Date('2040-06-03T08:00:00Z'));
  after.cancelledSession = await snapshot({ mael: 2 });
});

afterAll(async () => {
  const ids = (await Promise.all([atelier, formation, later, series].map((event) => registrationsOf(cms, event)))).flat().map((row: { id: number }) => row.id);
  await cms.strapi.db.query(REGISTRATION_REMINDER_UID).deleteMany({ where: { registration: { $in: ids } } });
  for (const event of [atelier, formation, later, series]) await removeEvent(cms, event);
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

  it('should queue exactly the three reminders due between two instances running at once, none for the phone-only registration', () => {
    expect(reports[0]!.mailed + reports[1]!.mailed).toBe(3);
  });

  it('should mail nobody twice when two instances run at once', () => {
    expect([after.first[emails.anna]!.length, after.first[emails.fanch]!.length, after.first[emails.mael]!.length]).toEqual([1, 1, 1]);
  });

  it('should mail nobody again on a later run the same day', () => {
    expect(reports[2]).toEqual({ day: '2040-06-11', mailed: 0, alreadyMailed: 3 });
    expect([after.again[emails.anna]!.length, after.again[emails.fanch]!.length, after.again[emails.mael]!.length]).toEqual([1, 1, 1]);
  });

  it("should attach the event's .ics in Europe/Paris under the feeds' UID", () => {
    const vevent = veventOf(after.first[emails.anna]![0]!);

    expect(vevent.getFirstPropertyValue('uid')).toBe(`${atelier.documentId}@reseau-epn`);
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Paris');
    expect(String(vevent.getFirstPropertyValue('dtstart'))).toBe('2040-06-11T14:00:00');
  });
});

describe('the claims of the first release', () => {
  it('should date an undated claim by the day after its run, so that its registration is not reminded again', async () => {
    const claims = cms.strapi.db.query(REGISTRATION_REMINDER_UID);
    const legacy = await claims.create({ data: { registration: 2_000_000_000, day: '', queuedAt: new Date('2040-01-14T09:00:00Z') } });

    await sendRegistrationReminders(cms.strapi, new Date('2040-01-20T08:00:00Z'));
    const dated = await claims.findOne({ where: { id: legacy.id } });
    await claims.delete({ where: { id: legacy.id } });

    expect(dated.day).toBe('2040-01-15');
  });
});

describe('the reminder of a series', () => {
  it("should name tomorrow's session by its rank among the sessions held", () => {
    const [mail] = after.first[emails.mael]!;

    expect(mail!.text).toContain('séance 3 sur 6');
    expect(mail!.text).toContain('lundi 11 juin 2040 à 14:00');
  });

  it("should attach the .ics of tomorrow's session, under the session's UID in its series", () => {
    const vevent = veventOf(after.first[emails.mael]![0]!);

    expect(vevent.getFirstPropertyValue('uid')).toBe(`${series.documentId}-2040-06-11@reseau-epn`);
    expect(vevent.getFirstPropertyValue('x-reseau-epn-series')).toBe(`${series.documentId}@reseau-epn`);
    expect(String(vevent.getFirstPropertyValue('dtstart'))).toBe('2040-06-11T14:00:00');
    expect(String(vevent.getFirstPropertyValue('dtend'))).toBe('2040-06-11T16:00:00');
  });

  it('should remind the registration again the day before the next session', () => {
    const next = after.nextSession[emails.mael]!;

    expect(next).toHaveLength(2);
    expect(next[1]!.text).toContain('séance 4 sur 6');
  });

  it('should remind nobody the day before a cancelled session', () => {
    expect(after.cancelledSession[emails.mael]).toHaveLength(2);
  });
});

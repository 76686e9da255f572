import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { purgeExpiredRegistrations, type RetentionReport } from '../../../cms/src/registrations/retention';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEvent, newVisitor, person, postJson, REGISTER, registrationsOf, removeEvent, uniqueEmail, type TestEvent } from './helpers';

// Retention (REGISTRATIONS_RETENTION_DAYS, 90 by default): the purge runs 100 days after the old
// atelier (held tomorrow) ended, while the recent one, in 2040, is still to come. The old atelier
// has one seat: Anna holds it (she came), Bob waits. Gwen registered for an atelier of 2040 that
// was deleted before the run.
const DAY_MS = 86_400_000;
const PERSONAL = { name: null, email: null, phone: null, accessibilityNeed: null, cancelTokenHash: null };

let cms: TestCms;
let old: TestEvent;
let recent: TestEvent;
let deleted: TestEvent;
let gwenId: number;
const reports: RetentionReport[] = [];

async function register(event: TestEvent, fields: Record<string, string>): Promise<void> {
  const answer = await postJson(cms, REGISTER, person(event, uniqueEmail('retention'), fields), newVisitor());
  expect(answer.status).toBe(201);
}

const rowsOf = async (event: TestEvent) =>
  (await cms.strapi.db.query(UIDS.inscription).findMany({
    where: { [event.kind]: { documentId: event.documentId } },
    populate: { [event.kind]: { select: ['documentId'] } },
    orderBy: { id: 'asc' },
  })) as Record<string, unknown>[];

beforeAll(async () => {
  cms = await getCms();
  old = await createEvent(cms, { capacity: 1 });
  recent = await createEvent(cms, { startsAt: '2040-06-11T12:00:00.000Z', endsAt: '2040-06-11T14:00:00.000Z' });
  deleted = await createEvent(cms, { startsAt: '2040-06-12T12:00:00.000Z', endsAt: '2040-06-12T14:00:00.000Z' });
  await register(old, { name: 'Anna Test', phone: '02 98 00 00 01', places: '1', accessibilityNeed: 'Fauteuil roulant' });
  await register(old, { name: 'Bob Test' });
  await register(recent, { name: 'Lena Test', phone: '02 98 00 00 02', accessibilityNeed: 'Malentendante' });
  await register(deleted, { name: 'Gwen Test', phone: '02 98 00 00 03' });
  [{ id: gwenId }] = await registrationsOf(cms, deleted);
  await cms.strapi.documents(UIDS.atelier).delete({ documentId: deleted.documentId, locale: '*' });
  const [anna] = await registrationsOf(cms, old);
  await cms.strapi.db.query(UIDS.inscription).update({ where: { id: anna.id }, data: { attended: true } });

  const [ended] = await cms.strapi.db.query(UIDS.atelier).findMany({ where: { documentId: old.documentId }, select: ['endsAt'] });
  const run = new Date(new Date(ended.endsAt).getTime() + 100 * DAY_MS);
  reports.push(await purgeExpiredRegistrations(cms.strapi, run));
  reports.push(await purgeExpiredRegistrations(cms.strapi, run));
});

afterAll(async () => {
  for (const event of [old, recent]) await removeEvent(cms, event);
  await cms.strapi.db.query(UIDS.inscription).delete({ where: { id: gwenId } });
  await cms.strapi.documents(UIDS.espace).delete({ documentId: deleted.spaceId, locale: '*' });
});

describe('the retention of registrations', () => {
  it('should remove the name, address, phone, need and cancel link of the registrations of an event ended past the retention period', async () => {
    const rows = await rowsOf(old);

    expect(rows).toEqual([expect.objectContaining(PERSONAL), expect.objectContaining(PERSONAL)]);
  });

  it('should keep the state, the places, the attendance and the event of each purged registration', async () => {
    const rows = await rowsOf(old);

    expect(rows.map((row) => [row.state, row.places, row.attended, (row.atelier as { documentId: string }).documentId])).toEqual([
      ['confirmee', 1, true, old.documentId],
      ['en_attente', 1, null, old.documentId],
    ]);
  });

  it('should leave the registrations of an event not yet past the retention period untouched', async () => {
    const [lena] = await rowsOf(recent);

    expect(lena).toMatchObject({ name: 'Lena Test', phone: '02 98 00 00 02', accessibilityNeed: 'Malentendante', cancelTokenHash: expect.any(String) });
    expect(lena!.email).toMatch(/@requester\.example$/);
  });

  it('should remove the personal data of the registrations of a deleted event, whatever its date', async () => {
    const row = await cms.strapi.db.query(UIDS.inscription).findOne({ where: { id: gwenId } });

    expect(row).toMatchObject({ ...PERSONAL, state: 'confirmee', places: 1 });
  });

  it('should change nothing when run a second time', () => {
    expect(reports[0]!.purged).toBeGreaterThanOrEqual(3);
    expect(reports[1]).toMatchObject({ purged: 0, withoutEvent: 0 });
  });
});

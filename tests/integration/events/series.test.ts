import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { fullAccessToken } from '../../helpers/tokens';
import { errorPaths, postAtelier, putAtelier, removeAtelier, storedAtelier, WEEKLY_RULE } from './helpers';

let cms: TestCms;
let token: string;
const created: string[] = [];

beforeAll(async () => {
  cms = await getCms();
  token = await fullAccessToken(cms);
});

afterAll(async () => {
  for (const documentId of created) await removeAtelier(cms, documentId);
});

/** Creates an atelier over REST and remembers it for clean-up. */
async function createSeries(data: Record<string, unknown>): Promise<string> {
  const response = await postAtelier(cms, token, data);
  if (response.status !== 201) throw new Error(`atelier not created: ${response.status} ${JSON.stringify(response.body)}`);
  created.push(response.body.data.documentId);
  return response.body.data.documentId;
}

describe('sessions from the rule', () => {
  it('should give a session every Tuesday at 14:00 for six weeks, the exception left out', async () => {
    const documentId = await createSeries({ recurrence: WEEKLY_RULE });

    const { sessions } = await storedAtelier(cms, documentId);

    expect(sessions.map((s) => [s.day, s.startsAt])).toEqual([
      ['2027-01-05', '2027-01-05T13:00:00.000Z'],
      ['2027-01-12', '2027-01-12T13:00:00.000Z'],
      ['2027-01-26', '2027-01-26T13:00:00.000Z'],
      ['2027-02-02', '2027-02-02T13:00:00.000Z'],
      ['2027-02-09', '2027-02-09T13:00:00.000Z'],
    ]);
  });

  it('should keep the sessions at 14:00 Paris time across the change to summer time', async () => {
    const documentId = await createSeries({ recurrence: { ...WEEKLY_RULE, from: '2027-03-16', count: 4, exceptions: null } });

    const { sessions } = await storedAtelier(cms, documentId);

    expect(sessions.map((s) => s.startsAt)).toEqual([
      '2027-03-16T13:00:00.000Z',
      '2027-03-23T13:00:00.000Z',
      '2027-03-30T12:00:00.000Z',
      '2027-04-06T12:00:00.000Z',
    ]);
  });

  it('should give the first Saturday of six months', async () => {
    const rule = {
      ...WEEKLY_RULE,
      frequency: 'chaque_mois_jour_de_semaine',
      weekdays: 'samedi',
      position: 'premier',
      from: '2027-01-01',
      time: '10:00',
      exceptions: null,
    };
    const documentId = await createSeries({ recurrence: rule });

    const { sessions } = await storedAtelier(cms, documentId);

    expect(sessions.map((s) => s.day)).toEqual(['2027-01-02', '2027-02-06', '2027-03-06', '2027-04-03', '2027-05-01', '2027-06-05']);
  });

  it('should set the event dates from its first and last sessions', async () => {
    const documentId = await createSeries({ recurrence: WEEKLY_RULE });

    const stored = await storedAtelier(cms, documentId);

    expect([stored.startsAt, stored.endsAt]).toEqual(['2027-01-05T13:00:00.000Z', '2027-02-09T15:00:00.000Z']);
  });

  it('should keep a session moved and one cancelled by the editor on the next saves', async () => {
    const documentId = await createSeries({ recurrence: WEEKLY_RULE });
    const { sessions } = await storedAtelier(cms, documentId);
    const edited = sessions.map((s, i) =>
      i === 1
        ? { ...s, startsAt: '2027-01-12T14:00:00.000Z', endsAt: '2027-01-12T16:00:00.000Z' }
        : i === 4
          ? { ...s, cancelled: true, note: 'Salle fermée' }
          : s,
    );

    await putAtelier(cms, token, documentId, { recurrence: WEEKLY_RULE, sessions: edited });
    await putAtelier(cms, token, documentId, { title: 'Découvrir sa tablette, la série' });

    const stored = await storedAtelier(cms, documentId);
    expect({ sessions: stored.sessions, endsAt: stored.endsAt }).toEqual({ sessions: edited, endsAt: '2027-02-02T15:00:00.000Z' });
  });

  it('should merge a changed rule: edited days kept, days no longer given removed, new days added', async () => {
    const documentId = await createSeries({ recurrence: WEEKLY_RULE });
    const { sessions } = await storedAtelier(cms, documentId);
    const edited = sessions.map((s, i) => (i === 0 ? { ...s, note: 'Apporter sa tablette chargée' } : s));
    await putAtelier(cms, token, documentId, { recurrence: WEEKLY_RULE, sessions: edited });

    await putAtelier(cms, token, documentId, { recurrence: { ...WEEKLY_RULE, count: 3, time: '15:00:00.000', exceptions: null } });

    const stored = await storedAtelier(cms, documentId);
    expect(stored.sessions.map((s) => [s.day, s.startsAt, s.note])).toEqual([
      ['2027-01-05', '2027-01-05T14:00:00.000Z', 'Apporter sa tablette chargée'],
      ['2027-01-12', '2027-01-12T14:00:00.000Z', null],
      ['2027-01-19', '2027-01-19T14:00:00.000Z', null],
    ]);
  });

  it('should keep the sessions as they are when the rule is removed', async () => {
    const documentId = await createSeries({ recurrence: WEEKLY_RULE });

    await putAtelier(cms, token, documentId, { recurrence: null });

    expect((await storedAtelier(cms, documentId)).sessions).toHaveLength(5);
  });
});

describe('bad series', () => {
  it('should refuse a weekday it cannot read with a 400 naming recurrence.weekdays, and write nothing', async () => {
    const slug = `atelier-serie-refusee-${Date.now()}`;

    const response = await postAtelier(cms, token, { slug, recurrence: { ...WEEKLY_RULE, weekdays: 'mardo' } });

    const rows = await cms.strapi.db.query(UIDS.atelier).count({ where: { slug } });
    expect({ status: response.status, paths: errorPaths(response.body), rows }).toEqual({ status: 400, paths: ['recurrence.weekdays'], rows: 0 });
  });

  it('should refuse an exception that is not a session day, naming recurrence.exceptions', async () => {
    const response = await postAtelier(cms, token, { recurrence: { ...WEEKLY_RULE, exceptions: '20/01/2027' } });

    expect({ status: response.status, paths: errorPaths(response.body) }).toEqual({ status: 400, paths: ['recurrence.exceptions'] });
  });

  it('should refuse a rule with neither a count nor a last day, naming recurrence.count', async () => {
    const response = await postAtelier(cms, token, { recurrence: { ...WEEKLY_RULE, count: null } });

    expect({ status: response.status, paths: errorPaths(response.body) }).toEqual({ status: 400, paths: ['recurrence.count'] });
  });

  it('should refuse a session that ends before it starts, naming it, and leave the stored ones', async () => {
    const documentId = await createSeries({ recurrence: WEEKLY_RULE });
    const { sessions } = await storedAtelier(cms, documentId);
    const broken = sessions.map((s, i) => (i === 2 ? { ...s, endsAt: '2027-01-26T12:00:00.000Z' } : s));

    const response = await putAtelier(cms, token, documentId, { recurrence: WEEKLY_RULE, sessions: broken });

    expect({ status: response.status, paths: errorPaths(response.body), sessions: (await storedAtelier(cms, documentId)).sessions }).toEqual({
      status: 400,
      paths: ['sessions.2.endsAt'],
      sessions,
    });
  });

  it('should refuse two sessions on one day, naming the second', async () => {
    const documentId = await createSeries({ recurrence: WEEKLY_RULE });
    const { sessions } = await storedAtelier(cms, documentId);

    const response = await putAtelier(cms, token, documentId, { recurrence: WEEKLY_RULE, sessions: [...sessions, sessions[0]] });

    expect({ status: response.status, paths: errorPaths(response.body) }).toEqual({ status: 400, paths: ['sessions.5.day'] });
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import {
  createSubscriber,
  deleteDocuments,
  deleteIssues,
  deleteSubscribers,
  deliveriesOf,
  publishFiche,
  runner,
  setConfig,
  stopInbox,
  testIssueKey,
  to,
  useInbox,
  type ControlledInbox,
} from './helpers';
import { UIDS } from '@reseau-epn/platform';

/**
 * Outcomes are written in groups (plugins/digest/server/src/sending/recorder.ts): a crash between
 * two writes must neither lose a message nor send again one whose outcome was written.
 */
let cms: TestCms;
let inbox: ControlledInbox;
let restoreConfig: () => void;
let fiche: string;
const issueKeys: string[] = [];
const emails: string[] = [];

type Deliveries = { settle: (...args: unknown[]) => Promise<void> };
const ledger = () => cms.strapi.plugin('digest').service('deliveries') as Deliveries;

beforeAll(async () => {
  cms = await getCms();
  inbox = await useInbox(cms);
  restoreConfig = setConfig(cms, { sendRate: 0 });
  fiche = await publishFiche(cms, { fr: 'Fiche des envois groupés' });
});

afterEach(async () => {
  await deleteSubscribers(cms, emails.splice(0));
});

afterAll(async () => {
  restoreConfig();
  await stopInbox(cms, inbox);
  await deleteIssues(cms, issueKeys);
  await deleteDocuments(cms, UIDS.fiche, [fiche]);
});

describe('records written in groups', () => {
  it('should send again, under the same Message-ID, only the messages whose record a crash lost', async () => {
    const people = [];
    for (let i = 0; i < 30; i += 1) people.push(await createSubscriber(cms));
    emails.push(...people.map((p) => p.email));
    const issueKey = testIssueKey();
    issueKeys.push(issueKey);
    // The database goes away after the first group is written: the process is as good as dead.
    const settle = ledger().settle;
    let writes = 0;
    ledger().settle = async (...args: unknown[]) => {
      writes += 1;
      if (writes > 1) throw new Error('database connection lost');
      return settle(...args);
    };

    const crashed = await runner(cms)
      .run({ issueKey })
      .then(
        () => null,
        (error: Error) => error,
      );
    ledger().settle = settle;
    const recorded = (await deliveriesOf(cms, issueKey)).filter((d: { status: string }) => d.status === 'sent');
    const leaseMs = (cms.strapi.config.get('plugin::digest.leaseSeconds') as number) * 1000;
    const resumed = await runner(cms).run({ issueKey, now: new Date(Date.now() + leaseMs + 1000) });
    const deliveries = await deliveriesOf(cms, issueKey);
    const received = people.map((p) => to(inbox, p.email));
    const recordedIds = new Set(recorded.map((d: { subscriberId: number }) => d.subscriberId));

    expect(crashed?.message).toBe('database connection lost');
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.length).toBeLessThan(30);
    expect(resumed.status).toBe('done');
    expect(deliveries.every((d: { status: string }) => d.status === 'sent')).toBe(true);
    expect(received.every((mails) => mails.length >= 1)).toBe(true);
    expect(people.filter((p) => recordedIds.has(p.id)).every((p) => to(inbox, p.email).length === 1)).toBe(true);
    expect(received.every((mails) => new Set(mails.map((m) => m.messageId)).size === 1)).toBe(true);
  });
});

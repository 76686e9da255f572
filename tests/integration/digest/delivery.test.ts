import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import {
  DELIVERY,
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

let cms: TestCms;
let inbox: ControlledInbox;
let restoreConfig: () => void;
let fiche: string;
const issueKeys: string[] = [];
const emails: string[] = [];

async function subscribers(n: number) {
  const created = [];
  for (let i = 0; i < n; i += 1) created.push(await createSubscriber(cms));
  emails.push(...created.map((s) => s.email));
  return created;
}

function newIssueKey() {
  const key = testIssueKey();
  issueKeys.push(key);
  return key;
}

const recipientsOf = (addresses: string[]) => inbox.messages.filter((mail) => addresses.some((a) => to({ messages: [mail] }, a).length > 0));

beforeAll(async () => {
  cms = await getCms();
  inbox = await useInbox(cms);
  restoreConfig = setConfig(cms, { sendRate: 0 });
  fiche = await publishFiche(cms, { fr: 'Fiche de la semaine', br: 'Fichenn ar sizhun', en: 'Fiche of the week' });
});

afterEach(async () => {
  inbox.refuse = () => null;
  inbox.onMessage = () => {};
  await deleteSubscribers(cms, emails.splice(0));
});

afterAll(async () => {
  restoreConfig();
  await stopInbox(cms, inbox);
  await deleteIssues(cms, issueKeys);
  await deleteDocuments(cms, UIDS.fiche, [fiche]);
});

describe('exactly once', () => {
  it('should deliver each of n subscribers exactly once when the sender stops after k and starts again', async () => {
    const n = 12;
    const k = 4;
    const people = (await subscribers(n)).map((s) => s.email);
    const issueKey = newIssueKey();
    const stop = new AbortController();
    // Counted among this test's recipients only: the inbox is shared, and a mail another test
    // set off (a notification sent after its request answered) may land during the run.
    inbox.onMessage = () => {
      if (recipientsOf(people).length >= k) stop.abort();
    };

    const first = await runner(cms).run({ issueKey, signal: stop.signal });
    const afterFirst = recipientsOf(people).length;
    inbox.onMessage = () => {};
    const second = await runner(cms).run({ issueKey });
    const messages = recipientsOf(people);
    const deliveries = await deliveriesOf(cms, issueKey);

    expect(first).toMatchObject({ status: 'incomplete', stopped: 'signal' });
    expect(afterFirst).toBeGreaterThanOrEqual(k);
    expect(afterFirst).toBeLessThan(n);
    expect(second.status).toBe('done');
    expect(messages).toHaveLength(n);
    expect(new Set(messages.map((m) => m.messageId)).size).toBe(n);
    expect(new Set(messages.map((m) => JSON.stringify(m.to))).size).toBe(n);
    expect(deliveries).toHaveLength(n);
    expect(deliveries.every((d: { status: string }) => d.status === 'sent')).toBe(true);
  });

  it('should send a text part with every message', async () => {
    const people = (await subscribers(3)).map((s) => s.email);

    await runner(cms).run({ issueKey: newIssueKey() });
    const messages = recipientsOf(people);

    expect(messages).toHaveLength(3);
    expect(messages.every((m) => (m.text ?? '').includes('Fiche de la semaine') && (m.html || '').includes('Fiche de la semaine'))).toBe(true);
  });

  // Composed on a thread of its own and sent as it is (sending/composer.ts): what the email
  // plugin's provider would have put on it must be there all the same.
  it('should send each message from the email plugin’s sender, with its subject and addresses intact', async () => {
    const [person] = await subscribers(1);
    const [, name, address] = /^(.*) <(.+)>$/.exec(cms.strapi.config.get('plugin::email.settings.defaultFrom') as string)!;
    const sender = [{ name, address }];

    await runner(cms).run({ issueKey: newIssueKey() });
    const [message] = recipientsOf([person!.email]);

    expect(message!.from?.value).toEqual(sender);
    expect(message!.replyTo?.value).toEqual(sender);
    expect(message!.to).toMatchObject({ value: [{ address: person!.email }] });
    expect(message!.subject).toMatch(/^La lettre du Réseau EPN — semaine du /);
    expect(message!.date?.getTime()).toBeGreaterThan(Date.now() - 600_000);
  });

  it('should not send an issue again once it has gone out in full', async () => {
    const people = (await subscribers(3)).map((s) => s.email);
    const issueKey = newIssueKey();
    await runner(cms).run({ issueKey });

    const again = await runner(cms).run({ issueKey });

    expect(again.status).toBe('already-sent');
    expect(recipientsOf(people)).toHaveLength(3);
  });

  it('should let only one of two runs started at once send', async () => {
    const people = (await subscribers(6)).map((s) => s.email);
    const issueKey = newIssueKey();

    const reports = await Promise.all([runner(cms).run({ issueKey }), runner(cms).run({ issueKey })]);

    expect(reports.map((r) => r.status).sort()).toEqual(['done', 'locked']);
    expect(recipientsOf(people)).toHaveLength(6);
  });

  it('should take over the lock of a crashed instance and send what it had claimed, once', async () => {
    const people = await subscribers(6);
    const issueKey = newIssueKey();
    // What a crashed instance leaves behind: the issue planned, three deliveries claimed, its lock.
    await runner(cms).run({ issueKey, signal: AbortSignal.abort() });
    const issue = await cms.strapi.db.query(UIDS.digestIssue).findOne({ where: { issueKey } });
    await cms.strapi.plugin('digest').service('lock').acquire('digest-run', 'crashed-instance', 1);
    await cms.strapi.plugin('digest').service('deliveries').claim(issue.id, 'crashed-instance#1', 3, new Date(), new Date(0));
    await new Promise((r) => setTimeout(r, 5));
    const leaseMs = (cms.strapi.config.get('plugin::digest.leaseSeconds') as number) * 1000;

    const report = await runner(cms).run({ issueKey, now: new Date(Date.now() + leaseMs + 1000) });
    const messages = recipientsOf(people.map((p) => p.email));

    expect(report.status).toBe('done');
    expect(messages).toHaveLength(6);
    expect(new Set(messages.map((m) => m.messageId)).size).toBe(6);
  });

  it('should keep a single delivery per issue and subscriber in the database itself', async () => {
    const [person] = await subscribers(1);
    const issueKey = newIssueKey();
    await runner(cms).run({ issueKey });
    const [delivery] = await deliveriesOf(cms, issueKey);

    const duplicate = cms.strapi.db.query(DELIVERY).create({ data: { issueId: delivery.issueId, subscriberId: person.id, status: 'pending' } });

    await expect(duplicate).rejects.toThrow();
  });

  it('should skip a subscriber who unsubscribed after the issue was planned', async () => {
    const [leaving, staying] = await subscribers(2);
    const issueKey = newIssueKey();
    await runner(cms).run({ issueKey, signal: AbortSignal.abort() });
    const token = cms.strapi.plugin('digest').service('signing').manageToken(leaving.documentId);
    await cms.request(`/api/digest/unsubscribe?token=${token}`, { method: 'POST' });

    await runner(cms).run({ issueKey });
    const deliveries = await deliveriesOf(cms, issueKey);

    expect(to(inbox, leaving.email)).toHaveLength(0);
    expect(to(inbox, staying.email)).toHaveLength(1);
    expect(deliveries.find((d: { subscriberId: number }) => d.subscriberId === leaving.id)).toMatchObject({ status: 'skipped', skipReason: 'unsubscribed' });
  });
});

describe('failures', () => {
  it('should retry a message the server put off, once the backoff has passed', async () => {
    const [victim, other] = await subscribers(2);
    const issueKey = newIssueKey();
    inbox.refuse = (address, attempt) => (address === victim.email && attempt === 1 ? 451 : null);

    const first = await runner(cms).run({ issueKey });
    const waiting = (await deliveriesOf(cms, issueKey)).find((d: { subscriberId: number }) => d.subscriberId === victim.id);
    const early = await runner(cms).run({ issueKey });
    const later = await runner(cms).run({ issueKey, now: new Date(Date.now() + 3_600_000) });
    const settled = (await deliveriesOf(cms, issueKey)).find((d: { subscriberId: number }) => d.subscriberId === victim.id);

    expect(first).toMatchObject({ status: 'incomplete', failed: 1, sent: 1 });
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('451') });
    expect(Date.parse(waiting.nextAttemptAt)).toBeGreaterThan(Date.now());
    expect(early).toMatchObject({ status: 'incomplete', sent: 0 });
    expect(later).toMatchObject({ status: 'done', sent: 1 });
    expect(settled).toMatchObject({ status: 'sent', attempts: 1 });
    expect(to(inbox, victim.email)).toHaveLength(1);
    expect(to(inbox, other.email)).toHaveLength(1);
  });

  it('should give up at once on an address the server refuses, and report it', async () => {
    const [victim] = await subscribers(1);
    const issueKey = newIssueKey();
    inbox.refuse = (address) => (address === victim.email ? 550 : null);

    const report = await runner(cms).run({ issueKey });
    const [delivery] = await deliveriesOf(cms, issueKey);

    expect(report).toMatchObject({ status: 'done', failed: 1, counts: expect.objectContaining({ failed: 1 }) });
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringContaining('550') });
  });
});

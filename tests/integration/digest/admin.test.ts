import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createPerson } from '../../helpers/people';
import type { Inbox } from '../../helpers/smtp';
import {
  createSubscriber,
  deleteAdmin,
  deleteDocuments,
  deleteIssues,
  deleteSubscribers,
  publishFiche,
  setConfig,
  stopInbox,
  superAdminToken,
  uniqueEmail,
  useInbox,
  waitForMail,
} from './helpers';
import { UIDS } from '@reseau-epn/platform';

let cms: TestCms;
let inbox: Inbox;
let admin: { token: string; id: number };
let restoreConfig: () => void;
let fiche: string;
const issueKeys: string[] = [];
const emails: string[] = [];

const asAdmin = (path: string, init: { method?: string; body?: unknown } = {}) => cms.request(path, { ...init, token: admin.token });

/**
 * Until the issue is done and its run has let go of the lock, which it does just after: a run
 * still holding it would answer « locked » to the next file's runs.
 */
async function waitUntilDone(issueKey: string) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const { data, running } = (await asAdmin('/digest/issues')).body;
    const issue = data.find((i: { issueKey: string }) => i.issueKey === issueKey);
    if (issue?.status === 'done' && running === null) return issue;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`issue ${issueKey} not done`);
}

beforeAll(async () => {
  cms = await getCms();
  inbox = await useInbox(cms);
  restoreConfig = setConfig(cms, { sendRate: 0 });
  admin = await superAdminToken(cms);
  fiche = await publishFiche(cms, { fr: 'Fiche à prévisualiser', br: 'Fichenn da rakwelet', en: 'Fiche to preview' });
});

afterAll(async () => {
  restoreConfig();
  await stopInbox(cms, inbox);
  await deleteSubscribers(cms, emails);
  await deleteIssues(cms, issueKeys);
  await deleteDocuments(cms, UIDS.fiche, [fiche]);
  await deleteAdmin(cms, admin.id);
});

describe('preview', () => {
  it.each([
    ['fr', 'La lettre du Réseau EPN', 'Fiche à prévisualiser'],
    ['br', 'Lizher-keleier ar Rouedad EPN', 'Fichenn da rakwelet'],
    ['en', 'The EPN Network newsletter', 'Fiche to preview'],
  ])('should show the next %s letter in HTML and text', async (locale, name, title) => {
    const response = await asAdmin(`/digest/preview?locale=${locale}`);

    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ locale, subject: expect.stringContaining(name) });
    expect(response.body.data.html).toContain(title);
    expect(response.body.data.text).toContain(title);
    expect(response.body.data.counts.fiches).toBeGreaterThanOrEqual(1);
  });

  it('should answer 400 naming the field for an unknown language', async () => {
    const response = await asAdmin('/digest/preview?locale=de');

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['locale']);
  });
});

describe('test message', () => {
  it('should send the next letter to one address', async () => {
    const email = uniqueEmail('test');

    const response = await asAdmin('/digest/test', { method: 'POST', body: { email, locale: 'fr' } });
    const mail = await waitForMail(inbox, email);

    expect(response.status).toBe(200);
    expect(mail.subject).toMatch(/^\[Test\] La lettre du Réseau EPN/);
    expect(mail.text).toContain('Fiche à prévisualiser');
  });

  it('should answer 400 naming the field for a bad address', async () => {
    const response = await asAdmin('/digest/test', { method: 'POST', body: { email: 'nope', locale: 'fr' } });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['email']);
  });
});

describe('runs', () => {
  it('should start this week’s run and list the issue with its deliveries', async () => {
    const subscriber = await createSubscriber(cms);
    emails.push(subscriber.email);

    const started = await asAdmin('/digest/runs', { method: 'POST' });
    issueKeys.push(started.body.data.issueKey);
    const issue = await waitUntilDone(started.body.data.issueKey);
    const deliveries = await asAdmin(`/digest/issues/${issue.id}/deliveries?status=sent`);

    expect(started.status).toBe(202);
    expect(started.body.data.issueKey).toMatch(/^\d{4}-W\d{2}$/);
    expect(issue.counts.sent).toBeGreaterThanOrEqual(1);
    expect(issue.lettres.fr).toEqual(expect.any(String));
    expect(deliveries.body.data).toContainEqual(expect.objectContaining({ email: subscriber.email, status: 'sent', language: 'fr' }));
    expect(deliveries.body.meta.pagination.total).toBe(issue.counts.sent);
  });

  it('should answer 409 once this week’s letter has gone out', async () => {
    const response = await asAdmin('/digest/runs', { method: 'POST' });

    expect(response.status).toBe(409);
    expect(response.body.error.message).toContain('déjà partie');
  });

  it('should answer 404 for an issue that does not exist', async () => {
    const response = await asAdmin('/digest/issues/999999/deliveries');

    expect(response.status).toBe(404);
  });
});

describe('permissions', () => {
  it('should refuse the digest’s admin routes to a role without its permissions', async () => {
    const animateur = await createPerson(cms, 'animateur');

    const responses = await Promise.all([
      cms.request('/digest/issues', { token: animateur.adminToken }),
      cms.request('/digest/runs', { method: 'POST', token: animateur.adminToken }),
    ]);

    expect(responses.map((r) => r.status)).toEqual([403, 403]);
  });
});

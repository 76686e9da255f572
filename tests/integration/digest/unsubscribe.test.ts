import type { ParsedMail } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import type { Inbox } from '../../helpers/smtp';
import {
  ABONNE,
  createSubscriber,
  deleteDocuments,
  deleteIssues,
  deleteSubscribers,
  publishFiche,
  runner,
  setConfig,
  stopInbox,
  testIssueKey,
  to,
  tokenFrom,
  useInbox,
} from './helpers';
import { UIDS } from '@reseau-epn/platform';

let cms: TestCms;
let inbox: Inbox;
let restoreConfig: () => void;
let fiche: string;
const issueKeys: string[] = [];
const emails: string[] = [];

/** A subscriber and the letter they got. */
async function receiveLetter(): Promise<{ email: string; mail: ParsedMail }> {
  const { email } = await createSubscriber(cms);
  emails.push(email);
  const issueKey = testIssueKey();
  issueKeys.push(issueKey);
  await runner(cms).run({ issueKey });
  return { email, mail: to(inbox, email)[0] };
}

const header = (mail: ParsedMail, name: string) =>
  mail.headerLines
    .find((line) => line.key === name.toLowerCase())
    ?.line.replace(/^[^:]+:\s*/, '')
    .replace(/\r?\n\s+/g, ' ');

/** The header's URL, on the test CMS (the letter names the configured public address). */
const unsubscribeUrl = (mail: ParsedMail) => {
  const url = new URL(/<([^>]+)>/.exec(header(mail, 'List-Unsubscribe') ?? '')![1]);
  return `${cms.url}${url.pathname}${url.search}`;
};

const subscriberOf = (email: string) => cms.strapi.db.query(ABONNE).findOne({ where: { email } });

beforeAll(async () => {
  cms = await getCms();
  inbox = await useInbox(cms);
  restoreConfig = setConfig(cms, { sendRate: 0 });
  fiche = await publishFiche(cms, { fr: 'Fiche pour se désabonner', br: 'Fichenn', en: 'Fiche' });
});

afterEach(async () => {
  await cms.strapi.plugin('digest').service('rate-limiter').reset();
});

afterAll(async () => {
  restoreConfig();
  await stopInbox(cms, inbox);
  await deleteSubscribers(cms, emails);
  await deleteIssues(cms, issueKeys);
  await deleteDocuments(cms, UIDS.fiche, [fiche]);
});

describe('one-click unsubscription (RFC 8058)', () => {
  it('should carry the List-Unsubscribe and List-Unsubscribe-Post headers', async () => {
    const { mail } = await receiveLetter();

    expect(header(mail, 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:1337\/api\/digest\/unsubscribe\?token=[\w.-]+>$/);
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  });

  it('should unsubscribe at once on the one-click POST, without login', async () => {
    const { email, mail } = await receiveLetter();

    const response = await fetch(unsubscribeUrl(mail), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    const subscriber = await subscriberOf(email);

    expect(response.status).toBe(200);
    expect(subscriber.confirmed).toBe(false);
    expect(Date.parse(subscriber.unsubscribedAt)).not.toBeNaN();
  });

  it('should send no further letter after the one-click POST', async () => {
    const { email, mail } = await receiveLetter();
    await fetch(unsubscribeUrl(mail), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });

    const issueKey = testIssueKey();
    issueKeys.push(issueKey);
    await runner(cms).run({ issueKey });

    expect(to(inbox, email)).toHaveLength(1);
  });

  it('should ask before unsubscribing when the link is opened', async () => {
    const { email, mail } = await receiveLetter();

    const response = await fetch(unsubscribeUrl(mail));
    const page = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(page).toContain('<form method="post" action="">');
    expect(page).toContain('name="List-Unsubscribe" value="One-Click"');
    expect((await subscriberOf(email)).confirmed).toBe(true);
  });

  it('should answer the page’s button with a page', async () => {
    const { mail } = await receiveLetter();

    const response = await fetch(unsubscribeUrl(mail), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: 'List-Unsubscribe=One-Click',
    });

    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('Vous êtes désabonné·e');
  });

  it('should refuse a link that does not hold, naming the token', async () => {
    const response = await cms.request('/api/digest/unsubscribe?token=abc.def', { method: 'POST' });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['token']);
  });
});

describe('footer links', () => {
  it('should carry the preferences and unsubscription links in both parts', async () => {
    const { mail } = await receiveLetter();

    expect(mail.html).toMatch(/href="http:\/\/localhost:4321\/lettre\/preferences\/\?token=[\w.-]+"/);
    expect(mail.html).toMatch(/href="http:\/\/localhost:1337\/api\/digest\/unsubscribe\?token=[\w.-]+"/);
    expect(mail.text).toMatch(/http:\/\/localhost:4321\/lettre\/preferences\/\?token=[\w.-]+/);
    expect(mail.text).toMatch(/http:\/\/localhost:1337\/api\/digest\/unsubscribe\?token=[\w.-]+/);
  });
});

describe('preferences through the signed link', () => {
  it('should show the subscriber’s choices without their address', async () => {
    const { email, mail } = await receiveLetter();

    const response = await cms.request(`/api/digest/preferences?token=${tokenFrom(mail, '/lettre/preferences/')}`);

    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      language: 'fr',
      interests: { sections: ['fiches', 'calendar', 'forum', 'spaces'], categories: [] },
      subscribed: true,
    });
    expect(JSON.stringify(response.body)).not.toContain(email);
  });

  it('should change the choices', async () => {
    const { email, mail } = await receiveLetter();

    const response = await cms.request(`/api/digest/preferences?token=${tokenFrom(mail, '/lettre/preferences/')}`, {
      method: 'PUT',
      body: { language: 'br', interests: { sections: ['forum'] } },
    });

    expect(response.status).toBe(200);
    expect(await subscriberOf(email)).toMatchObject({ language: 'br', preferences: { sections: ['forum'], categories: [] } });
  });

  it('should mail a new confirmation, and not subscribe yet, when asked to subscribe again through the link', async () => {
    const { email, mail } = await receiveLetter();
    const token = tokenFrom(mail, '/lettre/preferences/');
    await cms.request(`/api/digest/unsubscribe?token=${token}`, { method: 'POST' });
    await cms.strapi.db.query(ABONNE).update({ where: { email }, data: { confirmationSentAt: null } });

    const response = await cms.request(`/api/digest/preferences?token=${token}`, { method: 'PUT', body: { subscribed: true } });
    const confirmation = await vi.waitUntil(() => to(inbox, email).find((m) => m.text?.includes('/lettre/confirmation/')), { timeout: 5000 });

    expect(response.body.data).toMatchObject({ subscribed: false, confirmationSent: true });
    expect((await subscriberOf(email)).confirmed).toBe(false);
    expect(tokenFrom(confirmation, '/lettre/confirmation/')).toBeTruthy();
  });

  it('should answer 400 naming the field for a bad change', async () => {
    const { mail } = await receiveLetter();

    const response = await cms.request(`/api/digest/preferences?token=${tokenFrom(mail, '/lettre/preferences/')}`, { method: 'PUT', body: { language: 'de' } });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['language']);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createPerson, type Person } from '../../helpers/people';
import { fire, sample, setCreator } from './helpers';
import { NOTIFICATION, PRET, loanFixtures, triedTimes, uniqueAddress } from './mail-helpers';
import { UIDS } from '@reseau-epn/platform';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
let cms: TestCms;
let technicien: Person;
let fixtures: ReturnType<typeof loanFixtures>;
let retryPolicy: unknown;
const fiches: string[] = [];
/** Addresses whose notifications the test made outside the loan fixtures. */
const addresses: string[] = [];
const notifications = () => cms.strapi.plugin('workflow').service('notifications');

beforeAll(async () => {
  cms = await getCms();
  technicien = await createPerson(cms, 'technicien');
  fixtures = loanFixtures(cms);
  retryPolicy = cms.strapi.config.get('plugin::workflow.mailRetry');
});

afterEach(async () => {
  cms.inbox.resetHooks();
  cms.strapi.config.set('plugin::workflow.mailRetry', retryPolicy);
  await fixtures.cleanUp();
  await cms.strapi.db.query(NOTIFICATION).deleteMany({ where: { to: { $in: addresses.splice(0) } } });
  for (const documentId of fiches.splice(0)) await cms.strapi.documents(UIDS.fiche).delete({ documentId, locale: '*' });
});

afterAll(() => cms.inbox.resetHooks());

describe('workflow notifications through the email service', () => {
  it('should mail the requester the decision once it is committed, under the Message-ID its notification records', async () => {
    const email = uniqueAddress('decision');
    const loan = await fixtures.loan(email);

    const response = await fire(cms, technicien.jwt, PRET, loan, 'accepter');
    const [mail] = await cms.inbox.waitForTo(email);
    // The SMTP server has the message a moment before the row is marked sent.
    const notification = await triedTimes(cms, email, 1);

    expect(response.status).toBe(200);
    expect(mail.subject).toContain('accepté');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(notification).toMatchObject({ status: 'sent', attempts: 1, messageId: mail.messageId });
  });

  it('should keep a decision mail the SMTP server puts off, and deliver it on a later retry', async () => {
    const email = uniqueAddress('differe');
    const loan = await fixtures.loan(email);
    cms.inbox.refuse = (address, attempt) => (address === email && attempt === 1 ? 451 : null);

    await fire(cms, technicien.jwt, PRET, loan, 'accepter');
    const waiting = await triedTimes(cms, email, 1);
    await notifications().retryDue();
    const [tooEarly] = await fixtures.notificationsTo(email);
    await notifications().retryDue(new Date(Date.now() + HOUR_MS));
    const [notification] = await fixtures.notificationsTo(email);

    expect(waiting).toMatchObject({ status: 'pending', lastError: expect.stringContaining('451') });
    expect(Date.parse(waiting.nextAttemptAt)).toBeGreaterThan(Date.now());
    expect(tooEarly).toMatchObject({ status: 'pending', attempts: 1 });
    expect(notification).toMatchObject({ status: 'sent', attempts: 2 });
    expect(cms.inbox.to(email)).toHaveLength(1);
  });

  it('should give up after the last attempt and keep the notification, failed, for an admin to see', async () => {
    const email = uniqueAddress('abandon');
    const loan = await fixtures.loan(email);
    cms.strapi.config.set('plugin::workflow.mailRetry', { maxAttempts: 2, baseDelaySeconds: 60, maxDelaySeconds: 60 });
    cms.inbox.refuse = (address) => (address === email ? 451 : null);

    await fire(cms, technicien.jwt, PRET, loan, 'accepter');
    await triedTimes(cms, email, 1);
    await notifications().retryDue(new Date(Date.now() + HOUR_MS));
    const [notification] = await fixtures.notificationsTo(email);

    expect(notification).toMatchObject({ status: 'failed', attempts: 2, lastError: expect.stringContaining('451'), to: email });
    expect(cms.inbox.to(email)).toHaveLength(0);
  });

  it('should give up at once on an address the server refuses for good', async () => {
    const email = uniqueAddress('inconnu');
    const loan = await fixtures.loan(email);
    cms.inbox.refuse = (address) => (address === email ? 550 : null);

    await fire(cms, technicien.jwt, PRET, loan, 'accepter');
    const notification = await triedTimes(cms, email, 1);

    expect(notification).toMatchObject({ status: 'failed', lastError: expect.stringContaining('550'), nextAttemptAt: null });
  });

  it('should show markup in a reviewer’s comment as text in the HTML part', async () => {
    const [author, moderator] = await Promise.all([createPerson(cms, 'animateur'), createPerson(cms, 'moderateur')]);
    const fiche = await cms.strapi.documents(UIDS.fiche).create({ locale: 'fr', data: sample(UIDS.fiche, { author: author.adminId }) });
    fiches.push(fiche.documentId);
    addresses.push(author.email);
    await setCreator(cms, UIDS.fiche, fiche.documentId, author.adminId);
    await fire(cms, author.jwt, UIDS.fiche, fiche.documentId, 'soumettre');

    await fire(cms, moderator.jwt, UIDS.fiche, fiche.documentId, 'demander_modifications', 'Voir <a href="https://evil.example/">ce lien</a> & <b>ceci</b>');
    const [mail] = await cms.inbox.waitForTo(author.email);

    expect(mail.html).toContain('Voir &lt;a href=&quot;https://evil.example/&quot;&gt;ce lien&lt;/a&gt; &amp; &lt;b&gt;ceci&lt;/b&gt;');
    expect(mail.html).not.toContain('<a href');
  });

  it('should delete sent and failed notifications once the retention period is over, and keep the newer ones', async () => {
    const [old, recent, refused] = [uniqueAddress('ancien'), uniqueAddress('recent'), uniqueAddress('refuse')];
    const retentionDays = cms.strapi.config.get('plugin::workflow.mailRetentionDays') as number;
    const longAgo = new Date(Date.now() - (retentionDays + 1) * DAY_MS);
    cms.inbox.refuse = (address) => (address === refused ? 550 : null);
    const [oldId, refusedId] = await notifications().queue([
      { to: old, subject: 'Ancien', text: 'Envoyé il y a longtemps.' },
      { to: refused, subject: 'Refusé', text: 'Refusé il y a longtemps.' },
    ]);
    const [recentId] = await notifications().queue([{ to: recent, subject: 'Récent', text: 'Envoyé hier.' }]);
    addresses.push(old, recent, refused);
    await notifications().deliver([oldId, refusedId], longAgo);
    await notifications().deliver([recentId], new Date(Date.now() - DAY_MS));

    const deleted = await notifications().purge();
    const left = await cms.strapi.db.query(NOTIFICATION).findMany({ where: { id: { $in: [oldId, refusedId, recentId] } }, select: ['id'] });

    expect(deleted).toBeGreaterThanOrEqual(2);
    expect(left.map((row: { id: number }) => row.id)).toEqual([recentId]);
  });
});

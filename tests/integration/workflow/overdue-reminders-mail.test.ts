import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { loanFixtures, uniqueAddress } from './mail-helpers';

const HOUR_MS = 3_600_000;
let cms: TestCms;
let fixtures: ReturnType<typeof loanFixtures>;
const reminders = () => cms.strapi.plugin('workflow').service('overdue-reminders');

/** Two borrowers late with their items; the SMTP server puts off the first one's mail once. */
async function twoLateBorrowers() {
  const [refused, other] = [uniqueAddress('retard-refuse'), uniqueAddress('retard-autre')];
  for (const email of [refused, other]) await fixtures.loan(email, { startDate: '2026-02-02', endDate: '2026-02-06', state: 'en_cours' });
  cms.inbox.refuse = (address, attempt) => (address === refused && attempt === 1 ? 451 : null);
  return { refused, other };
}

beforeAll(async () => {
  cms = await getCms();
  fixtures = loanFixtures(cms);
});

afterEach(async () => {
  cms.inbox.resetHooks();
  await fixtures.cleanUp();
});

describe('overdue-loan reminders', () => {
  it('should remind the other borrowers when the SMTP server puts one off', async () => {
    const { refused, other } = await twoLateBorrowers();

    await reminders().run();
    const [mail] = await cms.inbox.waitForTo(other);
    const [waiting] = await fixtures.notificationsTo(refused);

    expect(mail.subject).toContain('en retard');
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('451') });
  });

  it('should deliver a reminder the SMTP server put off on a later retry', async () => {
    const { refused } = await twoLateBorrowers();
    await reminders().run();

    await cms.strapi
      .plugin('workflow')
      .service('notifications')
      .retryDue(new Date(Date.now() + HOUR_MS));
    const [mail] = await cms.inbox.waitForTo(refused);
    const [notification] = await fixtures.notificationsTo(refused);

    expect(mail.text).toContain('2026-02-06');
    expect(notification).toMatchObject({ status: 'sent', attempts: 2 });
  });
});

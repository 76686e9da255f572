import { randomBytes } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, siteUrls, UIDS } from '@reseau-epn/platform';
import { resumeMonthlyReminders, sendMonthlyReminders } from '../../../cms/src/spaces/monthly-reminder';
import { MONTHLY_REMINDER_UID, monthlyReminderClaims } from '../../../cms/src/spaces/monthly-reminder-store';
import { siteUrl } from '../../../cms/src/public-requests/settings';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEspace } from '../../helpers/fixtures';

// Spaces with teams, mailed month after month. Anna tends a fresh space and a stale one, Bob the
// stale one and a space not yet published; Carl's account is not activated, Dana's is blocked.
// Every run happens here, on dates of its own far from the real clock; the tests read what
// arrived at the SMTP server after each step.
const MARCH = new Date('2040-03-05T08:00:00Z');
const TODAY = '2040-03-05';

let cms: TestCms;
let people: Record<'anna' | 'bob' | 'carl' | 'dana', { id: number; email: string }>;
let spaces: Record<'fresh' | 'stale' | 'unpublished' | 'teamless', { documentId: string; name: string; slug: string }>;
/** Mails that had arrived for each person after each step. */
let after: Record<'march' | 'marchAgain' | 'april' | 'mayRace' | 'juneResumed', Record<string, ParsedMail[]>>;

const mailsOf = (email: string) => [...cms.inbox.to(email)];

/**
 * What had arrived once every mail queued for these people left the workflow's queue: the run
 * delivers its own, unless the queue's retry cron happens to claim them first and send them.
 */
async function snapshot(): Promise<Record<string, ParsedMail[]>> {
  const emails = Object.values(people).map((p) => p.email);
  const deadline = Date.now() + 15_000;
  const waiting = () => cms.strapi.db.query(UIDS.workflowNotification).count({ where: { to: { $in: emails }, status: { $in: ['pending', 'sending'] } } });
  while ((await waiting()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return Object.fromEntries(emails.map((email) => [email, mailsOf(email)]));
}
const editUrl = (documentId: string) => `${cms.strapi.config.get('admin.absoluteUrl')}/content-manager/collection-types/${UIDS.espace}/${documentId}`;

async function person(firstname: string, account: { isActive: boolean; blocked?: boolean }) {
  const email = `${firstname.toLowerCase()}.${randomBytes(4).toString('hex')}@rappel.example`;
  const role = await cms.strapi.db.query(UIDS.adminRole).findOne({ where: { code: 'reseau-animateur' } });
  const user = await cms.strapi.admin!.services.user.create({ firstname, lastname: 'Le Bras', email, isActive: account.isActive, roles: [role.id] });
  if (account.blocked) await cms.strapi.db.query(UIDS.adminUser).update({ where: { id: user.id }, data: { blocked: true } });
  return { id: user.id as number, email };
}

/** A space of `team`, named `name`, last checked on `checkedOn` (set below the Document Service, which stamps today). */
async function space(name: string, team: number[], checkedOn: string, status: 'published' | 'draft' = 'published') {
  const { documentId, slug } = await createEspace(cms.strapi, status);
  await cms.strapi.documents(UIDS.espace).update({
    documentId,
    locale: 'fr',
    data: { name, team: team.map((member) => ({ member, notifyFiches: false })) },
  });
  await cms.strapi.db.query(UIDS.espace).updateMany({ where: { documentId }, data: { lastUpdated: checkedOn } });
  return { documentId, name, slug: slug as string };
}

beforeAll(async () => {
  cms = await getCms();
  const suffix = randomBytes(3).toString('hex');
  people = {
    anna: await person('Anna', { isActive: true }),
    bob: await person('Bob', { isActive: true }),
    carl: await person('Carl', { isActive: false }),
    dana: await person('Dana', { isActive: true, blocked: true }),
  };
  const { anna, bob, carl, dana } = people;
  spaces = {
    fresh: await space(`Médiathèque <b>Kerinou</b> & Cie ${suffix}`, [anna.id, carl.id], addDays(TODAY, -10)),
    stale: await space(`PAPI de Lanrivoaré ${suffix}`, [anna.id, bob.id, dana.id], '2039-02-01'),
    unpublished: await space(`Cybercommune d’Ouessant ${suffix}`, [bob.id], addDays(TODAY, -3), 'draft'),
    teamless: await space(`EPN sans équipe ${suffix}`, [], addDays(TODAY, -3)),
  };

  await sendMonthlyReminders(cms.strapi, MARCH);
  const march = await snapshot();
  await sendMonthlyReminders(cms.strapi, new Date('2040-03-28T08:00:00Z'));
  const marchAgain = await snapshot();
  await sendMonthlyReminders(cms.strapi, new Date('2040-04-02T07:00:00Z'));
  const april = await snapshot();
  // Two runs of one month at once, as two instances of the CMS would start them.
  const may = new Date('2040-05-07T07:00:00Z');
  await Promise.all([sendMonthlyReminders(cms.strapi, may), sendMonthlyReminders(cms.strapi, may)]);
  const mayRace = await snapshot();
  // June's run mailed Anna, then stopped: the resume finishes it.
  await monthlyReminderClaims.once(cms.strapi, { month: '2040-06', member: anna.id }, new Date('2040-06-04T07:00:00Z'), async () => []);
  await resumeMonthlyReminders(cms.strapi, new Date('2040-06-05T07:30:00Z'));
  const juneResumed = await snapshot();
  after = { march, marchAgain, april, mayRace, juneResumed };
}, 240_000);

afterAll(async () => {
  if (!cms) return;
  const ids = Object.values(people).map((p) => p.id);
  await cms.strapi.db.query(MONTHLY_REMINDER_UID).deleteMany({ where: { member: { $in: ids } } });
  await cms.strapi.db.query(UIDS.workflowNotification).deleteMany({ where: { to: { $in: Object.values(people).map((p) => p.email) } } });
  for (const { documentId } of Object.values(spaces)) await cms.strapi.documents(UIDS.espace).delete({ documentId, locale: '*' });
  for (const id of ids) await cms.strapi.admin!.services.user.deleteById(id);
});

describe('the monthly reminder to space teams', () => {
  it('should mail each member of a team once, listing all of their spaces', () => {
    const [annaMail] = after.march[people.anna.email];
    const [bobMail] = after.march[people.bob.email];

    expect(after.march[people.anna.email]).toHaveLength(1);
    expect(after.march[people.bob.email]).toHaveLength(1);
    expect(annaMail.subject).toBe('Vos espaces dans l’annuaire : leurs pages sont-elles à jour ?');
    expect(annaMail.text).toContain(`• ${spaces.fresh.name}`);
    expect(annaMail.text).toContain(`• ${spaces.stale.name}`);
    expect(annaMail.text).not.toContain(spaces.unpublished.name);
    expect(bobMail.text).toContain(`• ${spaces.stale.name}`);
    expect(bobMail.text).toContain(`• ${spaces.unpublished.name}`);
    expect(bobMail.text).not.toContain(spaces.fresh.name);
  });

  it('should link each space to its page in the admin and on the public site', () => {
    const { text } = after.march[people.anna.email][0];
    const site = siteUrls(siteUrl());

    expect(text).toContain(`Modifier la page : ${editUrl(spaces.fresh.documentId)}\n`);
    expect(text).toContain(`Voir la page publique : ${site.space('fr', spaces.fresh.slug)}\n`);
    expect(text).toContain(`Modifier la page : ${editUrl(spaces.stale.documentId)}\n`);
    expect(text).toContain(`Voir la page publique : ${site.space('fr', spaces.stale.slug)}\n`);
  });

  it('should give no public link to a space the directory does not show yet', () => {
    const { text } = after.march[people.bob.email][0];

    expect(text).toContain(`Modifier la page : ${editUrl(spaces.unpublished.documentId)}\n  Page pas encore publiée dans l’annuaire.`);
    expect(text).not.toContain(siteUrls(siteUrl()).space('fr', spaces.unpublished.slug));
  });

  it('should date each space in French and flag the one not checked for over a year', () => {
    const { text } = after.march[people.anna.email][0];

    expect(text).toContain(`• ${spaces.fresh.name}\n  Mise à jour le 24 février 2040.\n`);
    expect(text).toContain(`• ${spaces.stale.name}\n  Mise à jour le 1er février 2039, il y a plus d’un an : à vérifier en priorité.\n`);
  });

  it('should escape what people typed in the HTML part', () => {
    const { html } = after.march[people.anna.email][0];

    expect(html).toContain('Médiathèque &lt;b&gt;Kerinou&lt;/b&gt; &amp; Cie');
    expect(html).not.toContain('<b>Kerinou</b>');
  });

  it('should mail nothing to an account not activated', () => {
    expect(after.juneResumed[people.carl.email]).toHaveLength(0);
  });

  it('should mail nothing to a blocked account', () => {
    expect(after.juneResumed[people.dana.email]).toHaveLength(0);
  });

  it('should mail nobody about a space without a team', () => {
    const mentions = cms.inbox.messages.filter((mail) => mail.text?.includes(spaces.teamless.name));

    expect(mentions).toHaveLength(0);
  });

  it('should mail nobody again when the month runs a second time', () => {
    expect(after.marchAgain[people.anna.email]).toHaveLength(1);
    expect(after.marchAgain[people.bob.email]).toHaveLength(1);
  });

  it('should mail every member again the next month', () => {
    expect(after.april[people.anna.email]).toHaveLength(2);
    expect(after.april[people.bob.email]).toHaveLength(2);
    expect(after.april[people.anna.email][1].text).toContain(`• ${spaces.stale.name}`);
  });

  it('should mail each member once when two runs of the month race', () => {
    expect(after.mayRace[people.anna.email]).toHaveLength(3);
    expect(after.mayRace[people.bob.email]).toHaveLength(3);
  });

  it('should finish a month cut short without mailing again those it had reached', () => {
    expect(after.juneResumed[people.anna.email]).toHaveLength(3);
    expect(after.juneResumed[people.bob.email]).toHaveLength(4);
  });
});

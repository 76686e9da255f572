import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import type { Inbox } from '../../helpers/smtp';
import {
  createCategory,
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
  uniqueId,
  useInbox,
} from './helpers';
import { UIDS } from '@reseau-epn/platform';

let cms: TestCms;
let inbox: Inbox;
let restoreConfig: () => void;
const issueKeys: string[] = [];
const emails: string[] = [];
const fiches: string[] = [];
const ateliers: string[] = [];
const categories: Record<'reseau' | 'securite' | 'vide', string> = { reseau: '', securite: '', vide: '' };
const TITLES = {
  reseauFr: `Réseau fr ${uniqueId()}`,
  securiteFr: `Sécurité fr ${uniqueId()}`,
  securiteBr: `Surentez br ${uniqueId()}`,
  securiteEn: `Security en ${uniqueId()}`,
  atelier: `Atelier réseau ${uniqueId()}`,
  sujet: `Sujet du forum ${uniqueId()}`,
  espace: `Espace nouveau ${uniqueId()}`,
};
const forum: { sujet?: string; messages: string[]; espace?: string } = { messages: [] };

async function subscriber(options: Parameters<typeof createSubscriber>[1]) {
  const created = await createSubscriber(cms, options);
  emails.push(created.email);
  return created;
}

async function runIssue() {
  const issueKey = testIssueKey();
  issueKeys.push(issueKey);
  await runner(cms).run({ issueKey });
  return issueKey;
}

beforeAll(async () => {
  cms = await getCms();
  inbox = await useInbox(cms);
  restoreConfig = setConfig(cms, { sendRate: 0 });
  categories.reseau = await createCategory(cms);
  categories.securite = await createCategory(cms);
  categories.vide = await createCategory(cms);
  fiches.push(await publishFiche(cms, { fr: TITLES.reseauFr }, categories.reseau));
  fiches.push(await publishFiche(cms, { fr: TITLES.securiteFr, br: TITLES.securiteBr, en: TITLES.securiteEn }, categories.securite));
  const atelier = await cms.strapi.documents(UIDS.atelier).create({
    locale: 'fr',
    status: 'published',
    data: {
      title: TITLES.atelier,
      slug: `atelier-lettre-${uniqueId()}`,
      startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 3 * 86_400_000 + 7_200_000).toISOString(),
      audience: 'tout_public',
      // The schema's default, which the generated input type asks for.
      eventStatus: 'prevu',
      category: categories.reseau,
    },
  });
  ateliers.push(atelier.documentId);
  const sujet = await cms.strapi.documents(UIDS.sujet).create({
    data: { title: TITLES.sujet, slug: `sujet-lettre-${uniqueId()}`, state: 'publie', language: 'fr' },
  });
  forum.sujet = sujet.documentId;
  // The opening post and a reply are published; a reply waiting for moderation is not counted.
  for (const [body, state, opening] of [
    ['Qui a déjà installé PrimTux ?', 'publie', true],
    ['Moi, à Landerneau.', 'publie', false],
    ['Lien douteux', 'en_attente', false],
  ] as const) {
    const message = await cms.strapi.documents(UIDS.message).create({ data: { topic: sujet.documentId, body, state, opening, language: 'fr' } });
    forum.messages.push(message.documentId);
  }
  const espace = await cms.strapi.documents(UIDS.espace).create({
    locale: 'fr',
    status: 'published',
    data: {
      name: TITLES.espace,
      slug: `espace-lettre-${uniqueId()}`,
      type: 'epn',
      address: '1 rue de Siam',
      postalCode: '29200',
      commune: 'Brest',
      inseeCode: '29019',
      intercommunality: 'brest_metropole',
    },
  });
  forum.espace = espace.documentId;
});

afterEach(async () => {
  await deleteSubscribers(cms, emails.splice(0));
});

afterAll(async () => {
  restoreConfig();
  await stopInbox(cms, inbox);
  await deleteIssues(cms, issueKeys);
  await deleteDocuments(cms, UIDS.fiche, fiches);
  await deleteDocuments(cms, UIDS.atelier, ateliers);
  await deleteDocuments(cms, UIDS.message, forum.messages);
  await deleteDocuments(cms, UIDS.sujet, [forum.sujet!]);
  await deleteDocuments(cms, UIDS.espace, [forum.espace!]);
  await deleteDocuments(cms, UIDS.categorie, Object.values(categories));
});

describe('language', () => {
  it('should send each subscriber the letter in their language', async () => {
    const fr = await subscriber({ language: 'fr' });
    const br = await subscriber({ language: 'br' });
    const en = await subscriber({ language: 'en' });

    await runIssue();
    const [forFr] = to(inbox, fr.email);
    const [forBr] = to(inbox, br.email);
    const [forEn] = to(inbox, en.email);

    expect(forFr.subject).toMatch(/^La lettre du Réseau EPN — semaine du/);
    expect(forBr.subject).toMatch(/^Lizher-keleier ar Rouedad EPN — sizhun/);
    expect(forEn.subject).toMatch(/^The EPN Network newsletter — week of/);
    expect(forFr.text).toContain(TITLES.securiteFr);
    expect(forBr.text).toContain(TITLES.securiteBr);
    expect(forEn.text).toContain(TITLES.securiteEn);
  });

  it('should give a reader only the fiches written in their language', async () => {
    const br = await subscriber({ language: 'br' });

    await runIssue();
    const [mail] = to(inbox, br.email);

    expect(mail.text).toContain(TITLES.securiteBr);
    expect(mail.text).not.toContain(TITLES.reseauFr);
    expect(mail.text).not.toContain(TITLES.securiteFr);
  });

  it('should link each item to the site in the reader’s language', async () => {
    const br = await subscriber({ language: 'br' });

    await runIssue();
    const [mail] = to(inbox, br.email);

    expect(mail.html).toMatch(/href="http:\/\/localhost:4321\/br\/fiches\/fiche-digest-br-[a-f0-9]+\/"/);
    expect(mail.text).toMatch(/http:\/\/localhost:4321\/br\/lettres\/[a-z0-9]+\//);
  });

  it('should fall back to the French page for an event not translated', async () => {
    const en = await subscriber({ language: 'en', sections: ['calendar'] });

    await runIssue();
    const [mail] = to(inbox, en.email);

    expect(mail.text).toContain(TITLES.atelier);
    expect(mail.text).toMatch(/http:\/\/localhost:4321\/calendrier\/ateliers\/atelier-lettre-[a-f0-9]+\//);
  });
});

describe('content', () => {
  it('should list the week’s new and active forum topics with their message count', async () => {
    const reader = await subscriber({ sections: ['forum'] });

    await runIssue();
    const [mail] = to(inbox, reader.email);

    expect(mail.text).toContain(TITLES.sujet);
    expect(mail.text).toContain('Nouveau sujet · 2 messages cette semaine');
    expect(mail.text).toMatch(/http:\/\/localhost:4321\/forum\/sujet\/sujet-lettre-[a-f0-9]+\//);
  });

  it('should list the new spaces', async () => {
    const reader = await subscriber({ sections: ['spaces'] });

    await runIssue();
    const [mail] = to(inbox, reader.email);

    expect(mail.text).toContain(TITLES.espace);
    expect(mail.text).toContain('Nouvel espace');
    expect(mail.text).not.toContain(TITLES.sujet);
  });
});

describe('interests', () => {
  it('should send only the sections chosen', async () => {
    const calendar = await subscriber({ sections: ['calendar'] });

    await runIssue();
    const [mail] = to(inbox, calendar.email);

    expect(mail.text).toContain(TITLES.atelier);
    expect(mail.text).not.toContain(TITLES.securiteFr);
    expect(mail.html).not.toContain('Fiches nouvelles et mises à jour');
  });

  it('should send only the categories chosen', async () => {
    const security = await subscriber({ categories: [categories.securite] });

    await runIssue();
    const [mail] = to(inbox, security.email);

    expect(mail.text).toContain(TITLES.securiteFr);
    expect(mail.text).not.toContain(TITLES.reseauFr);
    expect(mail.text).not.toContain(TITLES.atelier);
  });

  it('should send no email when the letter would be empty', async () => {
    const nothing = await subscriber({ sections: ['fiches'], categories: [categories.vide] });

    const issueKey = await runIssue();
    const deliveries = await deliveriesOf(cms, issueKey);

    expect(to(inbox, nothing.email)).toHaveLength(0);
    expect(deliveries.find((d: { subscriberId: number }) => d.subscriberId === nothing.id)).toMatchObject({ status: 'skipped', skipReason: 'empty' });
  });

  it('should send nothing to an address that has not confirmed', async () => {
    const pending = await subscriber({ confirmed: false });

    const issueKey = await runIssue();
    const deliveries = await deliveriesOf(cms, issueKey);

    expect(to(inbox, pending.email)).toHaveLength(0);
    expect(deliveries.some((d: { subscriberId: number }) => d.subscriberId === pending.id)).toBe(false);
  });
});

describe('archive', () => {
  it('should archive the issue as a Lettre per language, with its web version', async () => {
    const issueKey = await runIssue();
    const lettres = await cms.strapi.db.query(UIDS.lettre).findMany({ where: { issueKey }, orderBy: { language: 'asc' } });

    expect(lettres.map((l: { language: string }) => l.language)).toEqual(['br', 'en', 'fr']);
    expect(lettres.every((l: { html: string; text: string; sentAt: string }) => l.html.includes('<html') && l.text.length > 0 && !!l.sentAt)).toBe(true);
    expect(lettres.find((l: { language: string }) => l.language === 'fr').html).toContain(TITLES.securiteFr);
    expect(lettres.some((l: { html: string }) => l.html.includes('unsubscribe'))).toBe(false);
  });
});

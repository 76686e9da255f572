import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEvent, newVisitor, person, postJson, REGISTER, removeEvent, uniqueEmail, type TestEvent } from '../registrations/helpers';
import { createParcours, removeDocuments } from './helpers';

let cms: TestCms;
let welcome: TestEvent;
let support: TestEvent;
let security: TestEvent;
let alone: TestEvent;
let path: string;

beforeAll(async () => {
  cms = await getCms();
  welcome = await createEvent(cms, { title: 'Accueillir les publics éloignés' }, 'formation');
  support = await createEvent(cms, { title: 'Accompagner sans faire à la place', prerequisites: [welcome.documentId] }, 'formation');
  security = await createEvent(cms, { title: 'Animer un atelier cybersécurité' }, 'formation');
  alone = await createEvent(cms, { title: 'Formation hors parcours' }, 'formation');
  path = await createParcours(cms, 'Devenir animateur numérique', [welcome.documentId, support.documentId, security.documentId]);
});

afterAll(async () => {
  await removeDocuments(cms, UIDS.parcours, [path]);
  for (const event of [security, support, alone, welcome]) await removeEvent(cms, event);
});

/**
 * A past registration for `event` with `email`, marked attended. Written with the query engine:
 * the Content Manager's guard keeps a registration's state to the team's panel, and what is
 * tested here is only what the mail reads.
 */
async function attended(event: TestEvent, email: string) {
  const row = (await cms.strapi.db
    .query(UIDS.formation)
    .findOne({ where: { documentId: event.documentId, publishedAt: { $notNull: true } }, select: ['id'] })) as {
    id: number;
  };
  await cms.strapi.db.query(UIDS.inscription).create({
    data: {
      documentId: randomBytes(12).toString('hex'),
      formation: row.id,
      name: 'Déjà Venue',
      email,
      places: 1,
      state: 'confirmee',
      language: 'fr',
      attended: true,
    },
  });
}

// Waits up to 30 s: on a loaded machine the mail with its .ics leaves after the commit, later than the default 5 s.
const mailText = async (email: string) => (await cms.inbox.waitForTo(email, 1, 30_000))[0]!.text ?? '';

describe('« Votre parcours » in a formation’s registration mail', () => {
  it('should list the path in order with « suivie » for a formation the address attended', async () => {
    const email = uniqueEmail('parcours');
    await attended(welcome, email);
    await postJson(cms, REGISTER, person(support, email), newVisitor());
    expect(await mailText(email)).toContain(
      [
        'Votre parcours « Devenir animateur numérique » :',
        '1. Accueillir les publics éloignés — suivie',
        '2. Accompagner sans faire à la place — inscrit·e (cette formation)',
        '3. Animer un atelier cybersécurité — à venir',
      ].join('\n'),
    );
  });

  it('should advise the prerequisite the address has not attended yet', async () => {
    const email = uniqueEmail('prerequis');
    await postJson(cms, REGISTER, person(support, email), newVisitor());
    expect(await mailText(email)).toContain('Prérequis conseillé : « Accueillir les publics éloignés » (pas encore suivi).');
  });

  it('should give no advice once the prerequisite was attended', async () => {
    const email = uniqueEmail('prerequis-suivi');
    await attended(welcome, email);
    await postJson(cms, REGISTER, person(support, email), newVisitor());
    expect(await mailText(email)).not.toContain('Prérequis conseillé');
  });

  it('should write the section in the language of the form', async () => {
    const email = uniqueEmail('parcours-en');
    await postJson(cms, REGISTER, person(security, email, { locale: 'en' }), newVisitor());
    expect(await mailText(email)).toContain('3. Animer un atelier cybersécurité — registered (this training)');
  });

  it('should add no section for a formation on no path and without prerequisites', async () => {
    const email = uniqueEmail('sans-parcours');
    await postJson(cms, REGISTER, person(alone, email), newVisitor());
    expect(await mailText(email)).not.toMatch(/Votre parcours|Prérequis/);
  });

  it('should give the same HTTP answer for an address with a path and an unknown one', async () => {
    const known = uniqueEmail('connue');
    await attended(welcome, known);
    const answers = [
      await postJson(cms, REGISTER, person(security, known), newVisitor()),
      await postJson(cms, REGISTER, person(security, uniqueEmail('inconnue')), newVisitor()),
    ];
    expect(answers[0]).toEqual(answers[1]);
  });
});

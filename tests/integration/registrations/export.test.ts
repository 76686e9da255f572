import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { parseCsv } from '../../helpers/csv';
import { createPerson, type Person } from '../../helpers/people';
import { createEvent, newVisitor, person, postJson, REGISTER, removeEvent, uniqueEmail, type TestEvent } from './helpers';

// The team's CSV of an event's registrations: the atelier is held in a space whose team holds
// Anna; Bob is an Animateur of another space's team. Someone typed formulas into the public form.
const HEADER = [
  'Nom',
  'Adresse électronique',
  'Téléphone',
  'Places',
  'État',
  'Besoin d’accessibilité',
  'Langue',
  'Présence',
  'Inscription le',
  'Annulation le',
];

let cms: TestCms;
let anna: Person;
let bob: Person;
let atelier: TestEvent;
let elsewhere: TestEvent;
const email = uniqueEmail('export');

interface Download {
  status: number;
  type: string | null;
  text: string;
}

async function download(event: TestEvent, token?: string): Promise<Download> {
  const response = await fetch(`${cms.url}/registrations-export/${event.kind}/${event.documentId}.csv`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  // Decoded keeping the byte order mark, which response.text() drops.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { status: response.status, type: response.headers.get('content-type'), text };
}

/** The file as a spreadsheet set to French reads it: records of cells separated by semicolons, without the byte order mark. */
const sheet = (text: string) => parseCsv(text.replace(/^\uFEFF/, ''), ';');

beforeAll(async () => {
  cms = await getCms();
  [anna, bob] = await Promise.all([createPerson(cms, 'animateur'), createPerson(cms, 'animateur')]);
  atelier = await createEvent(cms);
  elsewhere = await createEvent(cms);
  await cms.strapi
    .documents(UIDS.espace)
    .update({ documentId: atelier.spaceId, locale: 'fr', data: { team: [{ member: anna.adminId, notifyFiches: false }] } });
  await cms.strapi
    .documents(UIDS.espace)
    .update({ documentId: elsewhere.spaceId, locale: 'fr', data: { team: [{ member: bob.adminId, notifyFiches: false }] } });
  const answers = [
    await postJson(cms, REGISTER, person(atelier, email, { name: 'Maïwenn Le Gall, « Mimi »', places: '2', phone: '+33 6 12 34 56 78' }), newVisitor()),
    await postJson(
      cms,
      REGISTER,
      person(atelier, uniqueEmail('formule'), { name: '=HYPERLINK("http://example.test","x")', accessibilityNeed: '@SUM(A1)' }),
      newVisitor(),
    ),
  ];
  expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
});

afterAll(async () => {
  for (const event of [atelier, elsewhere]) await removeEvent(cms, event);
  for (const who of [anna, bob]) {
    await cms.strapi.db.query(UIDS.adminUser).delete({ where: { id: who.adminId } });
    await cms.strapi.db.query(UIDS.user).delete({ where: { email: who.email } });
  }
});

describe("the team's CSV of an event's registrations", () => {
  it('should give an Animateur of the space’s team a UTF-8 file with a byte order mark and French column names', async () => {
    const file = await download(atelier, anna.adminToken);

    expect([file.status, file.type]).toEqual([200, 'text/csv; charset=utf-8']);
    expect(file.text.startsWith('\uFEFF')).toBe(true);
    expect(sheet(file.text)[0]).toEqual(HEADER);
  });

  it('should separate the cells by semicolons and end each record with CRLF, as a spreadsheet set to French splits them', async () => {
    const file = await download(atelier, anna.adminToken);

    expect(file.text.slice(1, file.text.indexOf('\n') + 1)).toBe(`${HEADER.join(';')}\r\n`);
  });

  it('should list each registration of the event with its state and places', async () => {
    const rows = sheet((await download(atelier, anna.adminToken)).text).slice(1);

    expect(rows.map((row) => [row[0], row[1], row[3], row[4]])).toEqual([
      ['Maïwenn Le Gall, « Mimi »', email, '2', 'Confirmée'],
      [`'=HYPERLINK("http://example.test","x")`, expect.stringMatching(/^formule\./), '1', 'Confirmée'],
    ]);
  });

  it('should neutralise every cell that starts like a formula', async () => {
    const [, first, second] = sheet((await download(atelier, anna.adminToken)).text);

    expect([first![2], second![0], second![5]]).toEqual(["'+33 6 12 34 56 78", `'=HYPERLINK("http://example.test","x")`, "'@SUM(A1)"]);
  });

  it('should refuse an Animateur of another space’s team', async () => {
    const file = await download(atelier, bob.adminToken);

    expect(file.status).toBe(403);
    expect(file.text).not.toContain(email);
  });

  it('should refuse a request without an admin session', async () => {
    const file = await download(atelier);

    expect(file.status).toBe(401);
    expect(file.text).not.toContain(email);
  });

  it('should give the team of an event with no registration the header alone', async () => {
    const file = await download(elsewhere, bob.adminToken);

    expect(sheet(file.text)).toEqual([HEADER]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEspace } from '../../helpers/fixtures';
import { newVisitor, postJson, trackingPathIn, uniqueEmail } from './helpers';

let cms: TestCms;
let spaceId: string;
let documentId: string;
let trackingPath: string;
const email = uniqueEmail('suivi');

const track = (path: string, accept = 'application/json') =>
  fetch(cms.url + path, { headers: { accept, 'x-forwarded-for': newVisitor() } }).then(async (r) => ({ status: r.status, text: await r.text() }));

beforeAll(async () => {
  cms = await getCms();
  spaceId = (await createEspace(cms.strapi)).documentId;
  const answer = await postJson(
    cms,
    '/api/interventions/demandes',
    { locale: 'fr', space: spaceId, name: 'Nolwenn Privée', email, phone: '06 12 34 56 78', description: 'Le wifi tombe.', urgency: 'normale' },
    newVisitor(),
  );
  const row = await cms.strapi.db.query(UIDS.intervention).findOne({ where: { reference: answer.body.data.reference } });
  documentId = row.documentId;
  trackingPath = trackingPathIn((await cms.inbox.waitForTo(email))[0]!.text ?? '');
  // The team's follow-up: one entry for the requester, one internal note.
  await cms.strapi.documents(UIDS.intervention).update({
    documentId,
    data: {
      log: [
        { date: '2026-11-02T09:00:00.000Z', text: 'Box redémarrée, à surveiller.', visibleToRequester: true, minutesSpent: 15 },
        { date: '2026-11-02T10:00:00.000Z', text: 'NOTE-INTERNE mot de passe admin changé', visibleToRequester: false },
      ],
    },
  });
});

afterAll(async () => {
  await cms.strapi.documents(UIDS.intervention).delete({ documentId });
  await cms.strapi.documents(UIDS.espace).delete({ documentId: spaceId });
});

describe('the tracking link', () => {
  it('should show the state and the entries meant for the requester', async () => {
    const answer = await track(trackingPath);
    const { data } = JSON.parse(answer.text);
    expect(answer.status).toBe(200);
    expect(data).toMatchObject({
      state: 'nouvelle',
      title: 'Le wifi tombe.',
      log: [{ date: '2026-11-02T09:00:00.000Z', text: 'Box redémarrée, à surveiller.' }],
    });
    expect(data.log).toHaveLength(1);
  });

  it('should show no personal data, internal note, author or time spent', async () => {
    const answer = await track(trackingPath);
    for (const secret of [email, 'Nolwenn', '06 12 34 56 78', 'NOTE-INTERNE', 'minutesSpent', 'author', 'requester']) expect(answer.text).not.toContain(secret);
  });

  it('should render a page for people, in French by default', async () => {
    const answer = await track(trackingPath, 'text/html');
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('<html lang="fr">');
    expect(answer.text).toContain('data-state="nouvelle">Reçue<');
    expect(answer.text).toContain('Box redémarrée, à surveiller.');
    expect(answer.text).not.toContain('NOTE-INTERNE');
  });

  it('should refuse a tampered link with 404', async () => {
    const token = new URL(cms.url + trackingPath).searchParams.get('token')!;
    const [payload, signature] = token.split('.');
    const forged = Buffer.from(Buffer.from(payload!, 'base64url').toString('utf8').replace(documentId, 'autre-document')).toString('base64url');
    const answer = await track(`/api/interventions/suivi?token=${forged}.${signature}`);
    expect(answer.status).toBe(404);
    expect(answer.text).not.toContain('Le wifi tombe');
  });

  it('should refuse a link whose signature was changed', async () => {
    const answer = await track(`${trackingPath.slice(0, -2)}AA`);
    expect(answer.status).toBe(404);
  });

  it('should keep the public content API closed on interventions', async () => {
    const answer = await cms.request(`/api/interventions/${documentId}`);
    expect(answer.status).toBe(403);
  });
});

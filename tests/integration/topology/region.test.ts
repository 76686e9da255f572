import { get } from 'node:http';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { sampleData } from '../../helpers/fixtures';
import { CMS_HOST, missingForRegion, SITE_HOST, startRegion, until, type Region, type RegionEditor } from './region';

/**
 * The network deployed as README › « Running for a whole region » says, on this machine's
 * loopback (region.ts): nginx with deploy/nginx's configuration in front of two CMS instances on
 * one PostgreSQL database, the site built by a builder of its own from Strapi's webhooks, and a
 * real SMTP server. Everything a visitor or an editor does goes through the proxy over TLS; what
 * must happen once (a build per burst, a seat, a reminder, the weekly letter) happens once
 * although both instances run the same jobs. Skipped, in one line, without nginx or PostgreSQL.
 */
const missing = await missingForRegion();
if (missing) console.log(`topology test skipped: ${missing}`);

let region: Region;
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const mailsTo = (address: string, subject: RegExp) => region.inbox.to(address).filter((mail: ParsedMail) => subject.test(mail.subject ?? ''));
const cmsUpstreams = () => region.upstreams().filter((upstream) => upstream !== '-');
const contentManager = (uid: string, rest = '') => `/content-manager/collection-types/${uid}${rest}`;
/** The end of each instance's log, for a failure's message. */
const logs = (via: RegionEditor) => via.instances.map((instance, i) => `--- instance ${i + 1}\n${instance.output().slice(-3000)}`).join('\n');

/**
 * Creates an entry through the Content Manager, behind the proxy, as an editor does, and publishes
 * its draft; `via` the region as startRegion's `prepare` reaches it, before the builder starts.
 */
async function publish(uid: string, data: Record<string, unknown>, via: RegionEditor = region): Promise<string> {
  const created = await via.call(CMS_HOST, contentManager(uid, '?locale=fr'), { token: via.adminToken, body: data });
  if (created.status !== 201) throw new Error(`create ${uid}: ${created.status} ${created.text}\n${logs(via)}`);
  const { documentId, publishedAt } = created.json().data;
  // A type without drafts (categories) is published by its creation.
  if (publishedAt) return documentId;
  const published = await via.call(CMS_HOST, contentManager(uid, `/${documentId}/actions/publish?locale=fr`), { token: via.adminToken, body: {} });
  if (published.status !== 200) throw new Error(`publish ${uid}: ${published.status} ${published.text}\n${logs(via)}`);
  return documentId;
}

let space: string;
const FICHE = { title: 'Remettre en ligne une imprimante réseau', slug: 'imprimante-reseau-hors-ligne' };

/** An atelier tomorrow, open for registration, in the test's space. */
function atelierTomorrow(capacity: number): Promise<string> {
  return publish(UIDS.atelier, { ...sampleData(UIDS.atelier), place: space, registrationsOpen: true, capacity, registrationLimit: 1 });
}

/** The letter's routes allow this many requests per address and window (each route counted apart). */
const DIGEST_LIMIT = 6;

const register = (atelier: string, email: string) =>
  region.call(CMS_HOST, '/api/inscriptions/demandes', {
    body: { locale: 'fr', kind: 'atelier', event: atelier, name: 'Maïwenn Topologie', email, places: '1', website: '' },
  });

const registrations = async (atelier: string) =>
  (await region.call(CMS_HOST, `/registrations-admin/atelier/${atelier}`, { token: region.adminToken })).json().data.registrations as {
    email: string;
    state: string;
  }[];

beforeAll(async () => {
  if (missing) return;
  region = await startRegion(
    {
      // Every few seconds instead of once a day: each instance runs the job several times during the test.
      REGISTRATIONS_REMINDER_RULE: '*/3 * * * * *',
      // The test sends every request from 127.0.0.1, as one visitor: the limits are tested once, on
      // the letter's routes (6 per route and window), and out of the way elsewhere.
      REQUESTS_RATE_LIMIT_MAX: '100000',
      DIGEST_RATE_LIMIT_MAX: String(DIGEST_LIMIT),
      FORUM_RATE_LIMIT_MAX: '100000',
      AUTH_RATELIMIT_MAX: '100000',
      // A new member's first posts go live at once: what is tested is the path to the site, not the review.
      FORUM_PREMODERATED_POSTS: '0',
    },
    {
      // Published before the builder starts: its first build shows them, no second build to wait for.
      prepare: async (beforeBuilder) => {
        space = await publish(UIDS.espace, sampleData(UIDS.espace), beforeBuilder);
        await publish(UIDS.fiche, { ...sampleData(UIDS.fiche), ...FICHE }, beforeBuilder);
      },
    },
  );
  await until(
    'the first fiche on the site',
    async () => (await region.call(SITE_HOST, `/fiches/${FICHE.slug}/`)).status === 200,
    300_000,
    region.builder.output,
  );
}, 900_000);

afterAll(async () => {
  await region?.stop();
}, 120_000);

describe.skipIf(missing)('the network on two CMS instances behind nginx', () => {
  it('should serve the builder’s site over TLS, with the site server’s headers and its 404 page', async () => {
    const home = await region.call(SITE_HOST, '/');
    const fiche = await region.call(SITE_HOST, `/fiches/${FICHE.slug}/`);
    const withoutSlash = await region.call(SITE_HOST, `/fiches/${FICHE.slug}`);
    const unknown = await region.call(SITE_HOST, '/fiches/inconnue/');

    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.headers['content-security-policy']).toBe("frame-ancestors 'self'");
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    expect(fiche.status).toBe(200);
    expect(fiche.text).toContain(FICHE.title);
    expect(withoutSlash.status).toBe(301);
    expect(withoutSlash.headers.location).toBe(`/fiches/${FICHE.slug}/`);
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('<html');
  });

  it('should send a visitor who types the plain HTTP address to HTTPS', async () => {
    const answer = await new Promise<{ status?: number; location?: string }>((resolve, reject) => {
      get({ host: '127.0.0.1', port: region.httpPort, path: '/fiches/?q=imprimante', headers: { host: SITE_HOST } }, (response) => {
        response.resume();
        resolve({ status: response.statusCode, location: response.headers.location });
      }).on('error', reject);
    });

    expect(answer).toEqual({ status: 301, location: `https://${SITE_HOST}/fiches/?q=imprimante` });
  });

  it('should spread the API’s requests over both instances', async () => {
    const before = cmsUpstreams().length;
    const answers = await Promise.all(Array.from({ length: 12 }, () => region.call(CMS_HOST, '/api/fiches?pagination[pageSize]=5')));

    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(200));
    expect(new Set(cmsUpstreams().slice(before)).size).toBe(2);
  });

  it('should count a visitor’s requests once for both instances: the limit is the same as behind one', async () => {
    const before = cmsUpstreams().length;
    const statuses: number[] = [];
    // One after the other, so nginx alternates: each instance sees about half of them.
    for (let i = 0; i < DIGEST_LIMIT + 2; i += 1) {
      statuses.push((await region.call(CMS_HOST, '/api/digest/preferences?token=lien-invente')).status);
    }

    expect(new Set(cmsUpstreams().slice(before)).size).toBe(2);
    expect(statuses.slice(0, DIGEST_LIMIT).filter((status) => status === 429)).toEqual([]);
    expect(statuses.slice(DIGEST_LIMIT)).toEqual([429, 429]);
  });

  it('should build the site once for a burst of publications made on both instances, and show each', async () => {
    const builds = region.builds();
    const titles = [`Fiche de la topologie ${unique()}`, `Fiche de la topologie ${unique()}`, `Fiche de la topologie ${unique()}`];
    const slugs = titles.map((title) => title.toLowerCase().replaceAll(' ', '-'));
    await Promise.all(titles.map((title, i) => publish(UIDS.fiche, { ...sampleData(UIDS.fiche), title, slug: slugs[i] })));

    await until('the rebuild', () => region.builds() > builds, 300_000, region.builder.output);
    // The debounce has passed and nothing else was published: no second build may follow.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const pages = await Promise.all(slugs.map((slug) => region.call(SITE_HOST, `/fiches/${slug}/`)));

    expect(region.builds() - builds).toBe(1);
    expect(pages.map((page) => page.status)).toEqual([200, 200, 200]);
  }, 360_000);

  it('should give the last seats once when people ask through both instances at the same moment', async () => {
    const atelier = await atelierTomorrow(3);
    const emails = Array.from({ length: 12 }, (_, i) => `place-${i}-${unique()}@usager.example`);

    const answers = await Promise.all(emails.map((email) => register(atelier, email)));
    const rows = await registrations(atelier);

    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(201));
    expect(rows.filter((row) => row.state === 'confirmee')).toHaveLength(3);
    expect(rows.filter((row) => row.state === 'en_attente')).toHaveLength(9);
    expect(new Set(rows.map((row) => row.email)).size).toBe(12);
  });

  it('should remind each person registered for tomorrow once, though both instances run the job every 3 seconds', async () => {
    const atelier = await atelierTomorrow(10);
    const emails = Array.from({ length: 3 }, (_, i) => `rappel-${i}-${unique()}@usager.example`);
    for (const email of emails) expect((await register(atelier, email)).status).toBe(201);
    // Registered two days ago: one made the day before has just had its confirmation and is not reminded.
    await region.sql(`update inscriptions set created_at = created_at - interval '2 days' where email = any($1)`, [emails]);

    await until('the reminders', () => emails.every((email) => mailsTo(email, /^Rappel : /).length > 0), 60_000);
    // Several more runs of the job on each instance.
    await new Promise((resolve) => setTimeout(resolve, 9000));

    expect(emails.map((email) => mailsTo(email, /^Rappel : /).length)).toEqual([1, 1, 1]);
  }, 120_000);

  it('should send the weekly letter once to each subscriber when both instances are asked to send it at once', async () => {
    const emails = Array.from({ length: 3 }, (_, i) => `lettre-${i}-${unique()}@abonne.example`);
    for (const email of emails) {
      expect((await region.call(CMS_HOST, '/api/digest/subscriptions', { body: { email, language: 'fr' } })).status).toBe(202);
      const confirmation = await until('the confirmation mail', () => region.inbox.to(email)[0], 20_000);
      const link = (confirmation.text ?? '').split(/\s+/).find((word) => word.includes('/lettre/confirmation/'))!;
      const token = new URL(link).searchParams.get('token');
      expect((await region.call(CMS_HOST, '/api/digest/confirm', { body: { token } })).status).toBe(200);
    }

    const starts = await Promise.all(region.instances.map((_, i) => region.direct(i, '/digest/runs', { token: region.adminToken, body: {} })));

    expect(starts.map((start) => start.status).sort()).toEqual([202, 409]);
    await until('the letters', () => emails.every((email) => region.inbox.to(email).length >= 2), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(emails.map((email) => region.inbox.to(email).length)).toEqual([2, 2, 2]);
  }, 120_000);

  it('should lend an item once when two technicians accept overlapping loans on both instances at once', async () => {
    const created = async (uid: string, data: Record<string, unknown>) => {
      const answer = await region.call(CMS_HOST, contentManager(uid), { token: region.adminToken, body: data });
      if (answer.status !== 201) throw new Error(`create ${uid}: ${answer.status} ${answer.text}`);
      return answer.json().data.documentId as string;
    };
    const item = await created(UIDS.equipement, sampleData(UIDS.equipement));
    const requesters = [`pret-a-${unique()}@usager.example`, `pret-b-${unique()}@usager.example`];
    const loans = await Promise.all(
      requesters.map((email) =>
        created(UIDS.pret, {
          ...sampleData(UIDS.pret),
          requester: { name: 'Yann Topologie', email },
          startDate: '2027-01-11',
          endDate: '2027-01-15',
          equipment: { connect: [{ documentId: item }] },
        }),
      ),
    );

    const decisions = await Promise.all(
      loans.map((loan, i) => region.direct(i, `/workflow/states/${UIDS.pret}/${loan}/transitions/accepter`, { token: region.adminToken, body: {} })),
    );
    const accepted = decisions.flatMap((decision, i) => (decision.status === 200 ? [requesters[i]!] : []));
    await until('the acceptance mail', () => mailsTo(accepted[0] ?? '', /accepté$/).length > 0, 20_000);

    expect(decisions.map((decision) => decision.status).sort()).toEqual([200, 409]);
    expect(requesters.map((email) => mailsTo(email, /accepté$/).length).sort()).toEqual([0, 1]);
  });

  it('should let a person sign up, confirm, log in over HTTPS and post to the forum, and the builder show the topic', async () => {
    const category = `forum-${unique()}`;
    await publish(UIDS.categorie, { name: `Forum ${category}`, slug: category });
    const email = `membre-${unique()}@usager.example`;
    const password = `Membre-${unique()}-2026`;

    const signUp = await region.call(CMS_HOST, '/api/auth/local/register', { body: { username: `membre${unique()}`, email, password, website: '' } });
    const mail = await until('the confirmation mail', () => region.inbox.to(email)[0], 20_000);
    const link = new URL(/https?:\/\/[^\s"<]+\/api\/auth\/email-confirmation\?confirmation=[0-9a-f]+/.exec(mail.html || mail.text || '')![0]);
    const confirmed = await region.call(CMS_HOST, `${link.pathname}${link.search}`);
    const login = await region.call(CMS_HOST, '/api/auth/local', { body: { identifier: email, password } });
    const posted = await region.call(CMS_HOST, '/api/forum/topics', {
      token: login.json().jwt,
      body: { title: 'Le wifi de la salle tombe à 17 h', category, body: 'Tous les postes perdent le réseau en même temps, une idée ?' },
    });

    expect(signUp.status).toBe(200);
    expect(confirmed.status).toBe(302);
    expect(login.status).toBe(200);
    // Secure: the CMS knows from nginx (X-Forwarded-Proto, TRUST_PROXY=1) that the visitor came over HTTPS.
    expect(String(login.headers['set-cookie'])).toMatch(/strapi_up_refresh=[^;]+;.*secure/i);
    expect(posted.status).toBe(201);
    const slug = posted.json().data.topic.slug as string;
    await until('the topic on the site', async () => (await region.call(SITE_HOST, `/forum/sujet/${slug}/`)).status === 200, 300_000, region.builder.output);
  }, 360_000);

  it('should keep answering while an instance is killed, losing and doubling no registration', async () => {
    const atelier = await atelierTomorrow(500);
    const reads: number[] = [];
    const writes: { email: string; status: number }[] = [];
    let running = true;
    const readers = Array.from({ length: 4 }, async () => {
      while (running) reads.push((await region.call(CMS_HOST, '/api/fiches?pagination[pageSize]=25').catch(() => ({ status: 0 }))).status);
    });
    const writers = Array.from({ length: 2 }, async () => {
      for (let i = 0; running; i += 1) {
        const email = `panne-${i}-${unique()}@usager.example`;
        writes.push({ email, status: (await register(atelier, email).catch(() => ({ status: 0 }))).status });
      }
    });

    await new Promise((resolve) => setTimeout(resolve, 1500));
    await region.instances[1]!.stop('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    running = false;
    await Promise.all([...readers, ...writers]);
    const stored = (await registrations(atelier)).map((row) => row.email);
    const acknowledged = writes.filter((write) => write.status === 201).map((write) => write.email);

    expect(reads.length).toBeGreaterThan(10);
    expect(reads.filter((status) => status !== 200)).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.filter((email) => !stored.includes(email))).toEqual([]);
    expect(stored.length).toBe(new Set(stored).size);
  }, 120_000);
});

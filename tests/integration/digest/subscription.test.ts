import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import type { Inbox } from '../../helpers/smtp';
import { ABONNE, createCategory, deleteDocuments, deleteSubscribers, stopInbox, tokenFrom, uniqueEmail, useInbox, waitForMail } from './helpers';
import { UIDS } from '@reseau-epn/platform';

let cms: TestCms;
let inbox: Inbox;
const emails: string[] = [];
const categories: string[] = [];

const subscribe = (body: unknown) => cms.request('/api/digest/subscriptions', { method: 'POST', body });
const subscriber = (email: string) => cms.strapi.db.query(ABONNE).findOne({ where: { email } });
const newEmail = (label: string) => {
  const email = uniqueEmail(label);
  emails.push(email);
  return email;
};

beforeAll(async () => {
  cms = await getCms();
  inbox = await useInbox(cms);
});

beforeEach(async () => {
  await cms.strapi.plugin('digest').service('rate-limiter').reset();
});

afterAll(async () => {
  await stopInbox(cms, inbox);
  await deleteSubscribers(cms, emails);
  await deleteDocuments(cms, UIDS.categorie, categories);
});

describe('double opt-in', () => {
  it('should mail a signed link and confirm the subscription only when it is followed', async () => {
    const email = newEmail('optin');

    const answer = await subscribe({ email, language: 'fr', interests: { sections: ['fiches', 'forum'] } });
    const before = await subscriber(email);
    const mail = await waitForMail(inbox, email);
    const confirmed = await cms.request('/api/digest/confirm', { method: 'POST', body: { token: tokenFrom(mail, '/lettre/confirmation/') } });
    const after = await subscriber(email);

    expect(answer.status).toBe(202);
    expect(before).toMatchObject({ confirmed: false, language: 'fr' });
    expect(mail.subject).toBe('Confirmez votre abonnement à la lettre du Réseau EPN');
    expect(mail.text).toContain('http://localhost:4321/lettre/confirmation/?token=');
    expect(mail.html).toContain('Confirmer mon abonnement');
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.data).toMatchObject({ status: 'confirmed', language: 'fr', preferencesToken: expect.any(String) });
    expect(after).toMatchObject({ confirmed: true, preferences: { sections: ['fiches', 'forum'], categories: [] } });
    expect(Date.parse(after.confirmedAt)).not.toBeNaN();
  });

  it('should write the confirmation in the language asked for, with its site prefix', async () => {
    const email = newEmail('optin-br');

    await subscribe({ email, language: 'br' });
    const mail = await waitForMail(inbox, email);

    expect(mail.subject).toBe('Kadarnait ho koumanant da lizher-keleier ar Rouedad EPN');
    expect(mail.text).toContain('http://localhost:4321/br/lettre/confirmation/?token=');
  });

  it('should answer a known address exactly as an unknown one', async () => {
    const known = newEmail('known');
    await subscribe({ email: known, language: 'fr' });
    const link = tokenFrom(await waitForMail(inbox, known), '/lettre/confirmation/');
    await cms.request('/api/digest/confirm', { method: 'POST', body: { token: link } });

    const forKnown = await subscribe({ email: known, language: 'fr' });
    const forUnknown = await subscribe({ email: newEmail('unknown'), language: 'fr' });

    expect(forKnown.status).toBe(forUnknown.status);
    expect(forKnown.body).toEqual(forUnknown.body);
  });

  it('should keep a confirmed subscriber’s settings until the new request is confirmed', async () => {
    const email = newEmail('change');
    await subscribe({ email, language: 'fr' });
    await cms.request('/api/digest/confirm', { method: 'POST', body: { token: tokenFrom(await waitForMail(inbox, email), '/lettre/confirmation/') } });
    const firstCount = inbox.messages.length;

    await subscribe({ email, language: 'en', interests: { sections: ['calendar'] } });
    const unchanged = await subscriber(email);
    await cms.strapi.db.query(ABONNE).update({ where: { email }, data: { confirmationSentAt: null } });
    await subscribe({ email, language: 'en', interests: { sections: ['calendar'] } });
    await inbox.waitFor(firstCount + 1);
    await cms.request('/api/digest/confirm', { method: 'POST', body: { token: tokenFrom(await waitForMail(inbox, email), '/en/lettre/confirmation/') } });
    const changed = await subscriber(email);

    expect(unchanged).toMatchObject({ language: 'fr', preferences: { sections: ['fiches', 'calendar', 'forum', 'spaces'] } });
    expect(changed).toMatchObject({ language: 'en', confirmed: true, preferences: { sections: ['calendar'], categories: [] } });
  });

  it('should not mail the same address twice within the cooldown', async () => {
    const email = newEmail('flood');

    await subscribe({ email, language: 'fr' });
    await waitForMail(inbox, email);
    const again = await subscribe({ email, language: 'fr' });
    await new Promise((r) => setTimeout(r, 300));

    expect(again.status).toBe(202);
    expect(inbox.messages.filter((m) => m.to && JSON.stringify(m.to).includes(email))).toHaveLength(1);
  });

  it('should store the categories chosen', async () => {
    const email = newEmail('categories');
    const category = await createCategory(cms);
    categories.push(category);

    const answer = await subscribe({ email, language: 'fr', interests: { categories: [category] } });

    expect(answer.status).toBe(202);
    expect(await subscriber(email)).toMatchObject({ preferences: { sections: ['fiches', 'calendar', 'forum', 'spaces'], categories: [category] } });
  });
});

describe('links that do not hold', () => {
  it('should refuse an expired confirmation link, naming the token', async () => {
    const email = newEmail('expired');
    await subscribe({ email, language: 'fr' });
    const { documentId } = await subscriber(email);
    const expired = cms.strapi
      .plugin('digest')
      .service('signing')
      .confirmToken(documentId, new Date(Date.now() - 49 * 3_600_000));

    const response = await cms.request('/api/digest/confirm', { method: 'POST', body: { token: expired } });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['token']);
    expect((await subscriber(email)).confirmed).toBe(false);
  });

  it('should refuse a forged link', async () => {
    const email = newEmail('forged');
    await subscribe({ email, language: 'fr' });
    const { documentId } = await subscriber(email);
    const forged = `${Buffer.from(`confirm|${documentId}|zzzzzzzz`).toString('base64url')}.${Buffer.alloc(16).toString('base64url')}`;

    const response = await cms.request('/api/digest/confirm', { method: 'POST', body: { token: forged } });

    expect(response.status).toBe(400);
    expect((await subscriber(email)).confirmed).toBe(false);
  });

  it('should refuse a preferences link used as a confirmation', async () => {
    const email = newEmail('purpose');
    await subscribe({ email, language: 'fr' });
    const { documentId } = await subscriber(email);
    const manage = cms.strapi.plugin('digest').service('signing').manageToken(documentId);

    const response = await cms.request('/api/digest/confirm', { method: 'POST', body: { token: manage } });

    expect(response.status).toBe(400);
  });
});

describe('bad input', () => {
  it.each([
    [{ email: 'pas-une-adresse', language: 'fr' }, ['email']],
    [{ email: 'a@b.example', language: 'de' }, ['language']],
    [{ email: 'a@b.example', interests: { sections: ['meteo'] } }, ['interests', 'sections', '0']],
    [{ email: 'a@b.example', interests: { categories: ['inconnue'] } }, ['interests', 'categories', '0']],
    [{ email: 'a@b.example', admin: true }, []],
  ])('should answer 400 naming the field for %j', async (body, path) => {
    const response = await subscribe(body);

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(path);
  });
});

describe('privacy', () => {
  it('should never return an address from the public routes', async () => {
    const email = newEmail('private');
    await subscribe({ email, language: 'fr' });
    const { documentId } = await subscriber(email);
    const token = cms.strapi.plugin('digest').service('signing').manageToken(documentId);

    const bodies = [
      await subscribe({ email, language: 'fr' }),
      await cms.request(`/api/digest/preferences?token=${token}`),
      await cms.request(`/api/digest/preferences?token=${token}`, { method: 'PUT', body: { language: 'br' } }),
    ].map((r) => JSON.stringify(r.body));

    expect(bodies.filter((body) => body.includes(email))).toEqual([]);
  });

  it('should keep the subscribers’ list closed to visitors', async () => {
    const response = await cms.request('/api/abonnes');

    expect(response.status).toBe(403);
  });
});

describe('rate limit', () => {
  it('should answer 429 beyond the allowed requests from one address', async () => {
    const limit = cms.strapi.config.get('plugin::digest.rateLimit') as { max: number };

    const statuses: number[] = [];
    for (let i = 0; i <= limit.max; i += 1) statuses.push((await subscribe({ email: 'pas-une-adresse' })).status);
    const other = await cms.request('/api/digest/preferences?token=x');

    expect(statuses.slice(0, limit.max).every((s) => s === 400)).toBe(true);
    expect(statuses[limit.max]).toBe(429);
    expect(other.status).toBe(400);
  });
});

import { gzipSync } from 'node:zlib';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { fullAccessToken } from '../../helpers/tokens';

/**
 * Bodies Strapi's parser cannot read, which it let escape as 500s or logged as errors with their
 * stack (cms/src/middlewares/body-errors.ts): a 400, 413 or 415 naming the header at fault, nothing
 * written, and nothing in the error log.
 */
let cms: TestCms;
let token: string;

beforeAll(async () => {
  cms = await getCms();
  token = await fullAccessToken(cms);
});

/** Posts a new fiche with the given headers and raw body; answers the status, the error and how many fiches it wrote. */
async function postFiche(headers: Record<string, string>, body: (slug: string) => string | Uint8Array<ArrayBuffer>) {
  const data = sampleData(UIDS.fiche);
  const response = await fetch(`${cms.url}/api/fiches`, { method: 'POST', headers: { authorization: `Bearer ${token}`, ...headers }, body: body(data.slug!) });
  const answer = (await response.json()) as { data: { documentId: string } | null; error?: { status: number; message: string; details: unknown } };
  const written = await cms.strapi.db.query(UIDS.fiche).count({ where: { slug: data.slug } });
  return { status: response.status, answer, written };
}

const ficheJson = (slug: string) => JSON.stringify({ data: { ...sampleData(UIDS.fiche), slug } });

describe('unreadable bodies', () => {
  it.each(['gzip', 'deflate', 'br'])('should refuse a plain JSON body sent as %s with a 400 naming Content-Encoding', async (encoding) => {
    const { status, answer, written } = await postFiche({ 'content-type': 'application/json', 'content-encoding': encoding }, ficheJson);

    expect(status).toBe(400);
    expect(answer.error).toMatchObject({ status: 400, message: expect.stringMatching(/^Content-Encoding : /), details: { header: 'Content-Encoding' } });
    expect(written).toBe(0);
  });

  it('should refuse an encoding it does not know with a 415 naming Content-Encoding', async () => {
    const { status, answer, written } = await postFiche({ 'content-type': 'application/json', 'content-encoding': 'x-unknown' }, ficheJson);

    expect(status).toBe(415);
    expect(answer.error?.message).toMatch(/^Content-Encoding : « x-unknown »/);
    expect(written).toBe(0);
  });

  it.each([
    ['without a boundary', 'multipart/form-data'],
    ['whose body is no multipart', 'multipart/form-data; boundary=x'],
  ])('should refuse a multipart body %s with a 400 naming Content-Type', async (_label, type) => {
    const { status, answer, written } = await postFiche({ 'content-type': type }, ficheJson);

    expect(status).toBe(400);
    expect(answer.error).toMatchObject({ status: 400, message: expect.stringMatching(/^Content-Type : /), details: { header: 'Content-Type' } });
    expect(written).toBe(0);
  });

  it('should still read a body that is gzip-compressed as it says', async () => {
    const { status, answer, written } = await postFiche({ 'content-type': 'application/json', 'content-encoding': 'gzip' }, (slug) =>
      gzipSync(ficheJson(slug)),
    );

    expect(status).toBe(201);
    expect(written).toBeGreaterThan(0);
    await cms.strapi.documents(UIDS.fiche).delete({ documentId: answer.data!.documentId, locale: '*' });
  });
});

describe('bodies the parser refuses, which anyone can send as often as they like', () => {
  /** Strapi's error log, which none of these may reach. */
  let errors: MockInstance;

  beforeEach(() => {
    errors = vi.spyOn(cms.strapi.log, 'error');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['cut off', () => '{"data": {"title": "Imprim'],
    ['that is no object or list', () => '"une fiche"'],
  ])('should refuse JSON %s with a 400 naming Content-Type, and log no error', async (_label, body) => {
    const { status, answer, written } = await postFiche({ 'content-type': 'application/json' }, body);

    expect(status).toBe(400);
    expect(answer.error).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^Content-Type : le corps ne se lit pas comme « application\/json » l’annonce \(.+\)\.$/),
      details: { header: 'Content-Type' },
    });
    expect(written).toBe(0);
    expect(errors).not.toHaveBeenCalled();
  });

  it('should refuse JSON with a __proto__ key, at any depth, with a 400 naming the key, and log no error', async () => {
    const { status, answer, written } = await postFiche(
      { 'content-type': 'application/json' },
      (slug) => `{"data": {"title": "Fiche", "slug": "${slug}", "steps": {"__proto__": {"isAdmin": true}}}}`,
    );

    expect(status).toBe(400);
    expect(answer.error).toMatchObject({ status: 400, message: expect.stringMatching(/^__proto__ : /), details: { key: '__proto__' } });
    expect(written).toBe(0);
    expect(errors).not.toHaveBeenCalled();
  });

  it('should refuse a JSON body over the parser’s 1 MB with a 413 naming Content-Length, and log no error', async () => {
    const { status, answer, written } = await postFiche({ 'content-type': 'application/json' }, (slug) =>
      JSON.stringify({ data: { ...sampleData(UIDS.fiche), slug, summary: 'x'.repeat(1_100_000) } }),
    );

    expect(status).toBe(413);
    expect(answer.error).toMatchObject({
      status: 413,
      message: 'Content-Length : le corps dépasse la taille admise (1048576 octets).',
      details: { header: 'Content-Length' },
    });
    expect(written).toBe(0);
    expect(errors).not.toHaveBeenCalled();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { fullAccessToken } from '../../helpers/tokens';
import { rejectedFields } from './rejected-fields';
import { UIDS } from '@reseau-epn/platform';

let cms: TestCms;
let token: string;

beforeAll(async () => {
  cms = await getCms();
  token = await fullAccessToken(cms);
});

/** Every content type with a slug, and its content-API route. */
const SLUGGED = [
  [UIDS.fiche, '/api/fiches'],
  [UIDS.espace, '/api/espaces'],
  [UIDS.atelier, '/api/ateliers'],
  [UIDS.formation, '/api/formations'],
  [UIDS.categorie, '/api/categories'],
  [UIDS.etiquette, '/api/etiquettes'],
  [UIDS.sujet, '/api/sujets'],
] as const;

describe('slugs', () => {
  it.each(SLUGGED)('should refuse a %s whose slug is "..", naming the field', async (uid, path) => {
    const data = { ...sampleData(uid), slug: '..' };

    expect(await rejectedFields(cms, token, uid, path, data, { slug: '..' })).toEqual({ status: 400, paths: ['slug'] });
  });

  it.each([
    ['.', 'the folder itself'],
    ['...', 'dots only'],
    ['~', 'a tilde'],
    ['.cache', 'a hidden folder'],
    ['Majuscules', 'capitals'],
    ['sous_tiret', 'an underscore'],
    ['double--tiret', 'a double hyphen'],
    ['-tiret', 'a leading hyphen'],
    ['tiret-', 'a trailing hyphen'],
    ['a.b', 'a dot'],
    ['été', 'accents'],
    ['x'.repeat(201), 'over 200 characters'],
  ])('should refuse the slug %j (%s)', async (slug) => {
    const data = { ...sampleData(UIDS.fiche), slug };

    expect(await rejectedFields(cms, token, UIDS.fiche, '/api/fiches', data, { slug })).toEqual({ status: 400, paths: ['slug'] });
  });

  it('should accept lowercase words and digits joined by single hyphens', async () => {
    const data = { ...sampleData(UIDS.etiquette), slug: `windows-11-${Date.now()}` };

    const response = await cms.request('/api/etiquettes', { method: 'POST', body: { data }, token });

    expect(response.status).toBe(201);
    await cms.strapi.documents(UIDS.etiquette).delete({ documentId: response.body.data.documentId, locale: '*' });
  });

  // Unique bad slugs below: a "..", had one been written, would be refused as a duplicate.
  it('should refuse renaming a slug to a hidden folder’s name, keeping the stored one', async () => {
    const data = sampleData(UIDS.categorie);
    const created = await cms.strapi.documents(UIDS.categorie).create({ locale: 'fr', data });

    const response = await cms.request(`/api/categories/${created.documentId}?locale=fr`, { method: 'PUT', body: { data: { slug: `.${data.slug}` } }, token });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['slug']);
    const stored = await cms.strapi.documents(UIDS.categorie).findOne({ documentId: created.documentId, locale: 'fr' });
    expect(stored!.slug).toBe(data.slug);
    await cms.strapi.documents(UIDS.categorie).delete({ documentId: created.documentId, locale: '*' });
  });

  it('should refuse a slug written through the Document Service too (the seed, the plugins)', async () => {
    const data = sampleData(UIDS.etiquette);

    const write = cms.strapi.documents(UIDS.etiquette).create({ locale: 'fr', data: { ...data, slug: `${data.slug}..` } });

    await expect(write).rejects.toMatchObject({ name: 'ValidationError', details: { errors: [expect.objectContaining({ path: ['slug'] })] } });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { fullAccessToken } from '../../helpers/tokens';
import { deleteAdmin, superAdminToken } from '../digest/helpers';

// Images in the media library carry a text alternative (the site targets RGAA); other files don't need one.
const ALT_REQUIRED = 'alternativeText : texte alternatif obligatoire pour une image (RGAA)';
// A 1×1 PNG and the smallest PDF readers accept: real bytes, as Strapi checks what a file is.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

let cms: TestCms;
let admin: { token: string; id: number };
const created: number[] = [];

beforeAll(async () => {
  cms = await getCms();
  admin = await superAdminToken(cms);
});

afterAll(async () => {
  for (const id of created) await cms.request(`/upload/files/${id}`, { method: 'DELETE', token: admin.token });
  await deleteAdmin(cms, admin.id);
});

/** A multipart upload as the admin's upload dialog sends it (`files` + `fileInfo`), or to `/api/upload`. */
async function upload(file: { bytes: Buffer; name: string; type: string }, fileInfo: Record<string, unknown>, { path = '/upload', token = admin.token } = {}) {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  form.append('fileInfo', JSON.stringify({ name: file.name, ...fileInfo }));
  const response = await fetch(cms.url + path, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = await response.json();
  if (response.status === 201) created.push(...body.map((f: { id: number }) => f.id));
  return { status: response.status, body };
}

const png = { bytes: PNG, name: 'capture.png', type: 'image/png' };

describe('an image uploaded to the media library', () => {
  it('should be refused without alternative text, with a 400 naming the field', async () => {
    const response = await upload(png, { caption: 'Capture' });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(ALT_REQUIRED);
    expect(response.body.error.details.errors[0].path).toEqual(['alternativeText']);
  });

  it('should be refused with an alternative text made of spaces', async () => {
    const response = await upload(png, { alternativeText: '   ' });
    expect(response.status).toBe(400);
  });

  it('should be accepted with its alternative text', async () => {
    const response = await upload(png, { alternativeText: "Fenêtre d'impression, bouton « Imprimer » entouré" });
    expect(response.status).toBe(201);
    expect(response.body[0].alternativeText).toBe("Fenêtre d'impression, bouton « Imprimer » entouré");
  });

  it('should be refused without alternative text through the content API too', async () => {
    const response = await upload(png, {}, { path: '/api/upload', token: await fullAccessToken(cms) });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(ALT_REQUIRED);
  });

  it('should keep its alternative text when its details are edited without removing it', async () => {
    const [image] = (await upload(png, { alternativeText: 'Schéma du réseau' })).body;
    const response = await cms.request(`/upload/files/${image.id}`, { method: 'PUT', token: admin.token, body: { fileInfo: { caption: 'Nouvelle légende' } } });
    expect(response.status).toBe(200);
    expect(response.body.alternativeText).toBe('Schéma du réseau');
  });

  it('should refuse an edit that empties its alternative text', async () => {
    const [image] = (await upload(png, { alternativeText: 'Schéma du réseau' })).body;
    const response = await cms.request(`/upload/files/${image.id}`, { method: 'PUT', token: admin.token, body: { fileInfo: { alternativeText: '' } } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(ALT_REQUIRED);
  });
});

describe('a PDF uploaded to the media library', () => {
  it('should be accepted without alternative text', async () => {
    const response = await upload({ bytes: PDF, name: 'procedure.pdf', type: 'application/pdf' }, {});
    expect(response.status).toBe(201);
  });
});

import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBodyUploads, UIDS, type RawEntry, type UploadFile } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { fullAccessToken } from '../../helpers/tokens';

/**
 * The snapshot the site is built from carries the media-library records its Markdown bodies name
 * (fetchBodyUploads in packages/platform/src/snapshot.ts, called by fetchSnapshot), read with a
 * read-only API token as the site's build reads them, and no other file of the library.
 */
let cms: TestCms;
let readOnly: { id: number; accessKey: string };
let uploads: UploadFile[];
const files: number[] = [];
let ficheId: string;

/** A 600×400 PNG: wide enough for Strapi to make a thumbnail and a « small » size. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 120)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

async function upload(name: string, alternativeText: string): Promise<{ id: number; url: string }> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(png(600, 400))], { type: 'image/png' }), name);
  form.append('fileInfo', JSON.stringify({ name, alternativeText }));
  const response = await fetch(`${cms.url}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${await fullAccessToken(cms)}` }, body: form });
  expect(response.status).toBe(201);
  const [file] = (await response.json()) as { id: number; url: string }[];
  files.push(file!.id);
  return file!;
}

let used: { id: number; url: string };
let unused: { id: number; url: string };

beforeAll(async () => {
  cms = await getCms();
});

beforeAll(async () => {
  used = await upload('capture-utilisee.png', 'Capture utilisée dans une fiche');
  unused = await upload('capture-inutilisee.png', 'Capture que rien ne montre');
  // As Strapi's editor inserts it: the CMS's own address before the upload's path.
  const data = { ...sampleData(UIDS.fiche), body: `## Étapes\n\n![Capture utilisée dans une fiche](${cms.url}${used.url})\n` };
  const fiche = await cms.strapi.documents(UIDS.fiche).create({ locale: 'fr', data });
  ficheId = fiche.documentId;
  await cms.strapi.documents(UIDS.fiche).publish({ documentId: ficheId, locale: 'fr' });
  readOnly = await cms.strapi.service('admin::api-token').create({ name: `tests-read-only-${Date.now()}`, type: 'read-only', lifespan: null });
  // The published fiche as the build reads it, then its uploads, with the same token.
  const response = await fetch(`${cms.url}/api/fiches/${ficheId}?locale=fr`, { headers: { authorization: `Bearer ${readOnly.accessKey}` } });
  const { data: published } = (await response.json()) as { data: RawEntry };
  uploads = await fetchBodyUploads(cms.url, readOnly.accessKey, { fiches: { fr: [published] } });
});

afterAll(async () => {
  if (ficheId) await cms.strapi.documents(UIDS.fiche).delete({ documentId: ficheId, locale: '*' });
  const media = cms.strapi.plugin('upload').service('upload');
  for (const id of files) await media.remove(await media.findOne(id));
  if (readOnly) await cms.strapi.service('admin::api-token').revoke(readOnly.id);
});

describe('the snapshot’s uploads', () => {
  it('should carry the record of an image a published body shows, with its sizes and alternative text', () => {
    const record = uploads.find((file) => file.url === used.url);

    expect(record).toMatchObject({ alternativeText: 'Capture utilisée dans une fiche', width: 600, height: 400, mime: 'image/png' });
    expect(Object.keys(record?.formats ?? {}).sort()).toEqual(['small', 'thumbnail']);
  });

  it('should carry no file that no body names', () => {
    expect(uploads.map((file) => file.url)).not.toContain(unused.url);
  });
});

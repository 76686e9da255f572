/**
 * The API benchmark's knowledge base: FICHES published French fiches (5,000 by default, the size
 * issue 13 names) with what a real one carries: a category, three tags, two related fiches, a
 * body of a few kilobytes and, for one in three, an attachment. Written through the Document
 * Service, in transactions of a few hundred so that SQLite does not sync the disk per fiche.
 */
import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

const CATEGORIES = 12;
const TAGS = 40;
const BATCH = 250;

const WORDS =
  'poste public session imprimante réseau wifi messagerie mot de passe navigateur mise à jour sauvegarde clé USB compte usager atelier smartphone application sécurité fichier dossier écran'.split(
    ' ',
  );

/** Deterministic text so that two runs measure the same bytes. */
function sentence(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) out.push(WORDS[(seed * 31 + i * 7) % WORDS.length]!);
  const text = out.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function body(seed: number): string {
  const paragraph = (n: number) => Array.from({ length: 4 }, (_, i) => sentence(seed + n + i, 14)).join(' ');
  return `## Symptômes\n\n${paragraph(1)}\n\n## Cause\n\n${paragraph(2)}\n\n## Solution\n\n1. ${sentence(seed, 12)}\n2. ${sentence(seed + 1, 12)}\n3. ${sentence(seed + 2, 12)}\n\n## Pour aller plus loin\n\n${paragraph(3)}\n${paragraph(4)}\n`;
}

async function attachment(strapi: Core.Strapi, i: number): Promise<number> {
  const name = `capture-${i}.png`;
  const format = (size: string, width: number) => ({
    name: `${size}_${name}`,
    hash: `${size}_capture_${i}`,
    ext: '.png',
    mime: 'image/png',
    width,
    height: Math.round(width * 0.6),
    size: 12.5,
    url: `/uploads/${size}_capture_${i}.png`,
  });
  // The upload plugin writes files through its own service from a real upload; the API only reads
  // the record, so the record is written as that service would, without a file on disk.
  const file = await strapi.db.query(UIDS.upload).create({
    data: {
      name,
      alternativeText: `Capture d’écran ${i}`,
      hash: `capture_${i}`,
      ext: '.png',
      mime: 'image/png',
      size: 48.2,
      width: 1280,
      height: 768,
      url: `/uploads/capture_${i}.png`,
      provider: 'local',
      formats: { thumbnail: format('thumbnail', 245), small: format('small', 500), medium: format('medium', 750), large: format('large', 1000) },
      folderPath: '/',
    },
  });
  return file.id as number;
}

/** Creates the corpus when the database has no fiche yet; returns how many fiches it holds. */
export async function ensureFiches(strapi: Core.Strapi, count: number, log: (line: string) => void): Promise<number> {
  const existing = await strapi.documents(UIDS.fiche).count({ locale: 'fr', status: 'published' });
  if (existing > 0) return existing;

  const categories: string[] = [];
  for (let i = 0; i < CATEGORIES; i += 1)
    categories.push((await strapi.documents(UIDS.categorie).create({ locale: 'fr', data: { name: `Catégorie ${i}`, slug: `categorie-${i}` } })).documentId);
  const tags: string[] = [];
  for (let i = 0; i < TAGS; i += 1)
    tags.push((await strapi.documents(UIDS.etiquette).create({ locale: 'fr', data: { name: `Étiquette ${i}`, slug: `etiquette-${i}` } })).documentId);

  const fiches: string[] = [];
  const started = Date.now();
  for (let from = 0; from < count; from += BATCH) {
    await strapi.db.transaction(async () => {
      for (let i = from; i < Math.min(count, from + BATCH); i += 1) {
        const related = fiches.length > 2 ? [fiches[(i * 7) % fiches.length]!, fiches[(i * 13) % fiches.length]!] : [];
        const fiche = await strapi.documents(UIDS.fiche).create({
          locale: 'fr',
          status: 'published',
          data: {
            title: `${sentence(i, 6).slice(0, -1)} (${i})`,
            slug: `fiche-bench-${i}`,
            summary: sentence(i + 3, 24),
            body: body(i),
            category: categories[i % CATEGORIES],
            tags: [tags[i % TAGS]!, tags[(i * 3 + 1) % TAGS]!, tags[(i * 5 + 2) % TAGS]!],
            relatedFiches: [...new Set(related)],
            difficulty: (['debutant', 'intermediaire', 'avance'] as const)[i % 3],
            systems: ['Windows', 'Linux'],
            software: ['Firefox'],
            hardware: [],
            reviewState: 'publiee',
            attachments: i % 3 === 0 ? [await attachment(strapi, i)] : [],
          },
        });
        fiches.push(fiche.documentId);
      }
    });
    log(`${Math.min(count, from + BATCH)} fiches (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  return count;
}

import type { Core, Modules, UID } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

/** Valid data for every content type, unique per call, with the relations each needs. */
let counter = 0;
const unique = () => `${Date.now().toString(36)}-${(counter += 1)}`;

export const PRIVATE_CONTACT = {
  name: 'Contact Privé',
  email: 'prive.contact@secret.example',
  phone: '02 98 00 00 00',
};

export async function createEspace(strapi: Core.Strapi, status: 'published' | 'draft' = 'published') {
  const id = unique();
  return strapi.documents(UIDS.espace).create({
    locale: 'fr',
    status,
    data: {
      name: `EPN de test ${id}`,
      slug: `epn-test-${id}`,
      type: 'epn',
      address: '1 rue de Siam',
      postalCode: '29200',
      commune: 'Brest',
      inseeCode: '29019',
      intercommunality: 'brest_metropole',
      services: ['Accès internet et matériel informatique'],
      referent: { ...PRIVATE_CONTACT },
    },
  });
}

/** Sample fields; the key fields are named so tests can find what they created. */
export type Sample = { [field: string]: unknown; slug?: string; reference?: string };

/**
 * A sample typed as the Document Service's `data` for its type, so tests pass it without a cast.
 * The overload vouches for the hand-written samples below; crud.test.ts creates every one of them.
 */
export type SampleOf<T extends UID.ContentType> = Sample & Modules.Documents.Params.Data.Input<T>;

export function sampleData<T extends UID.ContentType>(uid: T): SampleOf<T>;
export function sampleData(uid: string): Sample;
export function sampleData(uid: string): Sample {
  const id = unique();
  const now = Date.now();
  const samples: Record<string, Sample> = {
    [UIDS.categorie]: { name: `Catégorie ${id}`, slug: `categorie-${id}` },
    [UIDS.etiquette]: { name: `Étiquette ${id}`, slug: `etiquette-${id}` },
    [UIDS.fiche]: {
      title: `Fiche ${id}`,
      slug: `fiche-${id}`,
      summary: 'Résumé',
      body: '## Symptômes\n\nRien ne va.',
      difficulty: 'debutant',
      systems: ['Linux'],
    },
    [UIDS.espace]: {
      name: `Espace ${id}`,
      slug: `espace-${id}`,
      type: 'mediatheque',
      address: '2 place de la Mairie',
      postalCode: '29800',
      commune: 'Landerneau',
      inseeCode: '29103',
      intercommunality: 'landerneau_daoulas',
      referent: { ...PRIVATE_CONTACT },
    },
    [UIDS.atelier]: {
      title: `Atelier ${id}`,
      slug: `atelier-${id}`,
      startsAt: new Date(now + 86_400_000).toISOString(),
      endsAt: new Date(now + 90_000_000).toISOString(),
      audience: 'tout_public',
    },
    [UIDS.formation]: {
      title: `Formation ${id}`,
      slug: `formation-${id}`,
      startsAt: new Date(now + 86_400_000).toISOString(),
      endsAt: new Date(now + 90_000_000).toISOString(),
      audience: 'animateurs',
    },
    [UIDS.equipement]: { name: `Vidéoprojecteur ${id}`, type: 'videoprojecteur', inventoryNumber: `VP-${1000 + counter}` },
    [UIDS.pret]: {
      reference: `PRET-2026-${1000 + counter}`,
      requester: { ...PRIVATE_CONTACT },
      startDate: '2026-12-01',
      endDate: '2026-12-05',
    },
    [UIDS.intervention]: {
      reference: `INT-2026-${1000 + counter}`,
      title: `Imprimante ${id}`,
      description: 'Elle ne répond plus.',
      requester: { ...PRIVATE_CONTACT },
    },
    [UIDS.sujet]: { title: `Sujet ${id}`, slug: `sujet-${id}`, state: 'publie', language: 'fr' },
    [UIDS.message]: { body: `Réponse ${id}`, state: 'publie', language: 'fr' },
    [UIDS.abonne]: { email: `abonne-${id}@secret.example`, language: 'fr' },
    [UIDS.lettre]: { title: `Lettre ${id}`, language: 'fr', periodStart: '2026-11-16', periodEnd: '2026-11-22' },
  };
  if (!samples[uid]) throw new Error(`no sample for ${uid}`);
  return samples[uid];
}

export const CONTENT_TYPES = [
  UIDS.categorie,
  UIDS.etiquette,
  UIDS.fiche,
  UIDS.espace,
  UIDS.atelier,
  UIDS.formation,
  UIDS.equipement,
  UIDS.pret,
  UIDS.intervention,
  UIDS.sujet,
  UIDS.message,
  UIDS.abonne,
  UIDS.lettre,
] as const;

/** The REST collection path of a content type: api::fiche.fiche → /api/fiches. */
export function restPath(strapi: Core.Strapi, uid: string): string {
  return `/api/${strapi.contentType(uid as UID.ContentType).info.pluralName}`;
}

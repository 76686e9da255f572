import type { Core } from '@strapi/strapi';

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
  return strapi.documents('api::espace.espace').create({
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
  } as never);
}

/** Sample fields; the key fields are named so tests can find what they created. */
export type Sample = { [field: string]: unknown; slug?: string; reference?: string };

export function sampleData(uid: string): Sample {
  const id = unique();
  const now = Date.now();
  const samples: Record<string, Sample> = {
    'api::categorie.categorie': { name: `Catégorie ${id}`, slug: `categorie-${id}` },
    'api::etiquette.etiquette': { name: `Étiquette ${id}`, slug: `etiquette-${id}` },
    'api::fiche.fiche': {
      title: `Fiche ${id}`,
      slug: `fiche-${id}`,
      summary: 'Résumé',
      body: '## Symptômes\n\nRien ne va.',
      difficulty: 'debutant',
      systems: ['Linux'],
    },
    'api::espace.espace': {
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
    'api::atelier.atelier': {
      title: `Atelier ${id}`,
      slug: `atelier-${id}`,
      startsAt: new Date(now + 86_400_000).toISOString(),
      endsAt: new Date(now + 90_000_000).toISOString(),
      audience: 'tout_public',
    },
    'api::formation.formation': {
      title: `Formation ${id}`,
      slug: `formation-${id}`,
      startsAt: new Date(now + 86_400_000).toISOString(),
      endsAt: new Date(now + 90_000_000).toISOString(),
      audience: 'animateurs',
    },
    'api::equipement.equipement': { name: `Vidéoprojecteur ${id}`, type: 'videoprojecteur', inventoryNumber: `VP-${1000 + counter}` },
    'api::pret.pret': {
      reference: `PRET-2026-${1000 + counter}`,
      requester: { ...PRIVATE_CONTACT },
      startDate: '2026-12-01',
      endDate: '2026-12-05',
    },
    'api::intervention.intervention': {
      reference: `INT-2026-${1000 + counter}`,
      title: `Imprimante ${id}`,
      description: 'Elle ne répond plus.',
      requester: { ...PRIVATE_CONTACT },
    },
    'api::sujet.sujet': { title: `Sujet ${id}`, slug: `sujet-${id}`, body: 'Bonjour à tous' },
    'api::message.message': { body: `Réponse ${id}` },
    'api::abonne.abonne': { email: `abonne-${id}@secret.example`, language: 'fr' },
    'api::lettre.lettre': { title: `Lettre ${id}`, language: 'fr', periodStart: '2026-11-16', periodEnd: '2026-11-22' },
  };
  if (!samples[uid]) throw new Error(`no sample for ${uid}`);
  return samples[uid];
}

export const CONTENT_TYPES = [
  'api::categorie.categorie',
  'api::etiquette.etiquette',
  'api::fiche.fiche',
  'api::espace.espace',
  'api::atelier.atelier',
  'api::formation.formation',
  'api::equipement.equipement',
  'api::pret.pret',
  'api::intervention.intervention',
  'api::sujet.sujet',
  'api::message.message',
  'api::abonne.abonne',
  'api::lettre.lettre',
] as const;

/** The REST collection path of a content type: api::fiche.fiche → /api/fiches. */
export function restPath(strapi: Core.Strapi, uid: string): string {
  return `/api/${strapi.contentType(uid as never).info.pluralName}`;
}

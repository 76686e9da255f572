import { z } from 'zod';
import { FLAG_REASONS } from '../../../shared/contracts';

/** Request shapes of the forum's routes, checked before anything runs; each message names its field (Strapi's 400). */

export const TITLE_MAX = 160;
export const BODY_MAX = 10_000;
const LANGUAGES = ['fr', 'br', 'en'] as const;

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
const text = (what: string, max: number) =>
  z.preprocess(
    trimmed,
    z
      .string({ error: `${what} requis` })
      .min(1, { error: `${what} requis` })
      .max(max, { error: `${max.toLocaleString('fr-FR')} caractères au plus` }),
  );
const documentId = z.string({ error: 'identifiant attendu' }).regex(/^[a-z0-9]{1,64}$/, { error: 'identifiant invalide' });
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'identifiant invalide' })
  .max(200);
const language = z.enum(LANGUAGES, { error: `langue attendue : ${LANGUAGES.join(', ')}` }).default('fr');
/** The honeypot: people never see it, so it stays empty; whatever a robot writes there is accepted and ignored. */
const website = z.unknown().optional();

export const newTopicBody = z
  .object({
    title: text('titre', TITLE_MAX),
    category: z.string({ error: 'catégorie requise' }).min(1, { error: 'catégorie requise' }).max(200),
    body: text('message', BODY_MAX),
    fiche: documentId.optional(),
    language,
    website,
  })
  .strict();
export const newPostBody = z.object({ body: text('message', BODY_MAX), language, website }).strict();
export const editPostBody = z.object({ body: text('message', BODY_MAX) }).strict();
export const flagBody = z
  .object({
    reason: z.enum(FLAG_REASONS, { error: `motif attendu : ${FLAG_REASONS.join(', ')}` }),
    comment: z.preprocess(trimmed, z.string().max(500, { error: '500 caractères au plus' }).optional()),
  })
  .strict();

const isoDate = z.iso.datetime({ offset: true, error: 'date ISO 8601 attendue' });
export const topicsQuery = z.object({
  category: slug.optional(),
  fiche: documentId.optional(),
  since: isoDate.optional(),
  page: z.coerce.number({ error: 'nombre attendu' }).int().min(1, { error: '1 au moins' }).default(1),
  pageSize: z.coerce.number({ error: 'nombre attendu' }).int().min(1, { error: '1 au moins' }).max(50, { error: '50 au plus' }).default(20),
});
export const sinceQuery = z.object({ since: isoDate.optional() });
export const myPostsQuery = z.object({ topic: documentId.optional() });
export const slugParams = z.object({ slug });
export const documentParams = z.object({ documentId });

/** A filled honeypot: answered like a success, nothing written. */
export const isRobot = (body: { website?: unknown }) => body.website !== undefined && body.website !== '' && body.website !== null;

import { z } from 'zod';
import { DELIVERY_STATUSES, LANGUAGES, SECTIONS } from '../../../shared/contracts';

/** Request shapes, checked before anything else runs; messages are completed with the field's path. */

const email = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
  z.email({ error: 'adresse email invalide' }).max(254, { error: '254 caractères au plus' }),
);
const language = z.enum(LANGUAGES, { error: `langue attendue : ${LANGUAGES.join(', ')}` });
const interests = z
  .object({
    sections: z
      .array(z.enum(SECTIONS, { error: `rubrique attendue : ${SECTIONS.join(', ')}` }))
      .min(1, { error: 'au moins une rubrique' })
      .max(SECTIONS.length)
      .optional(),
    categories: z.array(z.string().min(1).max(64)).max(50, { error: '50 catégories au plus' }).optional(),
  })
  .strict();
const token = z.string({ error: 'lien requis' }).min(1, { error: 'lien requis' }).max(512, { error: 'lien invalide ou expiré.' });

export const subscribeBody = z.object({ email, language: language.default('fr'), interests: interests.optional() }).strict();
export const confirmBody = z.object({ token }).strict();
export const tokenQuery = z.object({ token });
export const preferencesBody = z
  .object({ language: language.optional(), interests: interests.optional(), subscribed: z.boolean({ error: 'true ou false' }).optional() })
  .strict();

export const previewQuery = z.object({ locale: language.default('fr') });
export const testBody = z.object({ email, locale: language.default('fr') }).strict();
export const issueParams = z.object({ id: z.coerce.number({ error: 'identifiant numérique attendu' }).int().positive() });
export const deliveriesQuery = z.object({
  status: z.enum(DELIVERY_STATUSES, { error: `état attendu : ${DELIVERY_STATUSES.join(', ')}` }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

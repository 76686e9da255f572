import { z } from 'zod';
import { MEMBER_ACTIONS, POST_ACTIONS, TOPIC_ACTIONS } from '../../../shared/contracts';

/** The admin routes' shapes; each message names its field (Strapi's 400). */

const documentId = z.string({ error: 'identifiant attendu' }).regex(/^[a-z0-9]{1,64}$/, { error: 'identifiant invalide' });
const reason = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim() || undefined : value),
  z.string({ error: 'texte attendu' }).max(1000, { error: '1 000 caractères au plus' }).optional(),
);
const pages = {
  page: z.coerce.number({ error: 'nombre attendu' }).int().min(1, { error: '1 au moins' }).default(1),
  pageSize: z.coerce.number({ error: 'nombre attendu' }).int().min(1, { error: '1 au moins' }).max(100, { error: '100 au plus' }).default(25),
};
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `action attendue : ${values.join(', ')}` });

export const postParams = z.object({ documentId, action: oneOf(POST_ACTIONS) });
export const topicParams = z.object({ documentId, action: oneOf(TOPIC_ACTIONS) });
export const memberParams = z.object({ documentId, action: oneOf(MEMBER_ACTIONS) });
export const moderationBody = z.object({ reason, category: z.string().max(200).optional() }).strict();
export const banBody = z.object({ reason, hidePosts: z.boolean({ error: 'true ou false' }).optional() }).strict();
export const queueQuery = z.object({ kind: z.enum(['pending', 'flagged'], { error: 'pending ou flagged' }).default('pending'), ...pages });
export const auditQuery = z.object(pages);

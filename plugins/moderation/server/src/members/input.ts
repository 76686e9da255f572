import { z } from 'zod';
import { MEMBER_LIMITS, displayNameIssue } from '../../../shared/contracts';

/** Request shapes of the members' routes, checked before anything else runs. */

const documentId = z.string().trim().min(1, { error: 'identifiant requis' }).max(64, { error: 'identifiant invalide' });

export const profileBody = z
  .object({
    username: z
      .string({ error: 'texte attendu' })
      .trim()
      .superRefine((name, check) => {
        const issue = displayNameIssue(name);
        if (issue) check.addIssue({ code: 'custom', message: issue });
      })
      .optional(),
    espace: documentId.nullable().optional(),
    bio: z
      .string({ error: 'texte attendu' })
      .trim()
      .max(MEMBER_LIMITS.bioMax, { error: `${MEMBER_LIMITS.bioMax} caractères au plus` })
      .transform((bio) => bio || null)
      .nullable()
      .optional(),
    notifyReplies: z.boolean({ error: 'true ou false' }).optional(),
  })
  .strict();
export type ProfileInput = z.infer<typeof profileBody>;

export const deleteAccountBody = z.object({ password: z.string({ error: 'mot de passe requis' }).min(1, { error: 'mot de passe requis' }) }).strict();

export const memberParams = z.object({ documentId });

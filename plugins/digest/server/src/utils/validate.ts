import { errors } from '@strapi/utils';
import type { z } from 'zod';

/** Parses input with a zod schema; anything wrong is a 400 naming each field. */
export function validate<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
  throw new errors.ValidationError(issues.map((issue) => `${issue.path.join('.') || 'body'} : ${issue.message}`).join('; '), {
    errors: issues.map((issue) => ({ ...issue, name: 'ValidationError' })),
  });
}

/** The one answer to a bad, expired or forged link: it never says which. */
export function invalidToken(): errors.ValidationError {
  const message = 'token : lien invalide ou expiré.';
  return new errors.ValidationError(message, { errors: [{ path: ['token'], message, name: 'ValidationError' }] });
}

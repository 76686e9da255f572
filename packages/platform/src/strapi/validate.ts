/**
 * Request bodies and query strings checked with zod, answered the way Strapi answers its own
 * validation errors: a 400 whose message and `details.errors` name each field.
 */
import { createRequire } from 'node:module';
import type * as StrapiUtils from '@strapi/utils';
import type { z } from 'zod';

// Strapi's core loads @strapi/utils as CommonJS and recognises its errors with `instanceof`: the
// ESM build would be another copy of the classes, answered as 500s. So require the same one.
const { errors } = createRequire(import.meta.url)('@strapi/utils') as typeof StrapiUtils;

export interface FieldIssue {
  path: string[];
  message: string;
}

/** A 400 naming fields, in Strapi's `ValidationError` shape. */
export function validationError(issues: FieldIssue[]): InstanceType<typeof errors.ValidationError> {
  const message = issues.map((issue) => `${issue.path.join('.') || 'body'} : ${issue.message}`).join('; ');
  return new errors.ValidationError(message, { errors: issues.map((issue) => ({ ...issue, name: 'ValidationError' })) });
}

/** Parses input with a zod schema; anything wrong is a 400 naming each field. */
export function validate<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw validationError(result.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })));
}

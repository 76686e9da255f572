import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RULES, validateRules } from './rules';

const WRITE_ACTIONS = new Set(['create', 'update']);

/**
 * Runs the field rules on every write through the Document Service, so the admin, the REST
 * API and the seed importer all get the same 400 naming the field, before anything is written.
 */
export function registerValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    const rules = RULES[ctx.uid];
    if (!rules || !WRITE_ACTIONS.has(ctx.action)) return next();

    const params = ctx.params as { data?: Record<string, unknown>; documentId?: string; locale?: string };
    const data = params.data ?? {};
    const current =
      ctx.action === 'update' && params.documentId
        ? ((await strapi.db.query(ctx.uid).findOne({ where: { documentId: params.documentId } })) ?? {})
        : {};
    const violations = validateRules(rules, data, current);
    if (violations.length > 0) {
      throw new errors.ValidationError(violations.map((v) => v.message).join('; '), {
        errors: violations.map((v) => ({ path: v.path, message: v.message, name: 'ValidationError', value: null })),
      });
    }
    return next();
  });
}

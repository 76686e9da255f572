import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { validationError } from '@reseau-epn/platform/strapi';
import { relationIdIssues, type Attributes } from './relation-ids';
import { RULES, slugRules, validateRules, type FieldRule } from './rules';

/** Clone too: the Content Manager's « Dupliquer » sends the copy's changed fields (a new slug). */
const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);
const NOT_A_LIST = 'les valeurs d’une écriture forment un objet { champ: valeur }, pas une liste';

/**
 * The shape of a write, on every write of every type: `data` an object (a list passes Strapi's
 * controllers, which test `isObject`, and its schema validation then names no field), and no
 * relation id the database cannot take (relation-ids.ts), ahead of the checks that query with
 * them (machine-rules.ts looks the intervention's machine up) and of Strapi's own relation
 * handling, so PostgreSQL never sees them.
 */
function registerWriteShape(strapi: Core.Strapi): void {
  // The middleware sees every type's uid as a plain string at run time; components likewise.
  const attributesOf = (uid: string) => strapi.contentType(uid as UID.ContentType)?.attributes as Attributes | undefined;
  const componentAttributes = (uid: string) => strapi.components[uid as UID.Component]?.attributes as Attributes | undefined;
  strapi.documents.use(async (ctx, next) => {
    if (!WRITE_ACTIONS.has(ctx.action)) return next();
    const { data } = ctx.params as { data?: unknown };
    if (Array.isArray(data)) throw validationError([{ path: ['data'], message: NOT_A_LIST }]);
    const issues = relationIdIssues(attributesOf(ctx.uid) ?? {}, data, componentAttributes);
    if (issues.length > 0) throw validationError(issues);
    return next();
  });
}

/**
 * Runs the write's shape check, then the field rules, on every write through the Document
 * Service, so the admin, the REST API, the plugins and the seed importer all get the same 400
 * naming the field, before anything is written. Slug rules come from the schemas: every uid
 * field of every type.
 */
export function registerValidation(strapi: Core.Strapi): void {
  registerWriteShape(strapi);
  const cache = new Map<string, FieldRule[]>();
  const rulesOf = (uid: string): FieldRule[] => {
    // The middleware sees every type's uid as a plain string at run time.
    if (!cache.has(uid)) cache.set(uid, [...(RULES[uid] ?? []), ...slugRules(strapi.contentType(uid as UID.ContentType)?.attributes ?? {})]);
    return cache.get(uid)!;
  };

  strapi.documents.use(async (ctx, next) => {
    if (!WRITE_ACTIONS.has(ctx.action)) return next();
    const rules = rulesOf(ctx.uid);
    if (rules.length === 0) return next();

    const params = ctx.params as { data?: Record<string, unknown>; documentId?: string; locale?: string };
    const data = params.data ?? {};
    // An update or a clone changes some fields of a stored document: the others are its own.
    const current =
      ctx.action !== 'create' && params.documentId ? ((await strapi.db.query(ctx.uid).findOne({ where: { documentId: params.documentId } })) ?? {}) : {};
    const violations = validateRules(rules, data, current);
    if (violations.length > 0) {
      // Not the platform's `validationError`: these answers keep the shape of Strapi's own schema
      // validation (messages that already name their field, `value` in each detail), which the
      // admin shows next to the field and API clients already read.
      throw new errors.ValidationError(violations.map((v) => v.message).join('; '), {
        errors: violations.map((v) => ({ path: v.path, message: v.message, name: 'ValidationError', value: null })),
      });
    }
    return next();
  });
}

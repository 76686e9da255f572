import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';
import { createRateLimiter, rateLimitMiddleware, validationError, type FieldIssue } from '@reseau-epn/platform/strapi';
import { displayNameIssue } from '@reseau-epn/strapi-plugin-moderation/contracts';

/** The slice of Koa's context the sign-up reads and answers. */
interface RegisterContext {
  request: { body?: unknown; ip: string };
  send(body: unknown): void;
  set(field: string, value: string): void;
}
type Handler = (ctx: RegisterContext, next?: unknown) => Promise<unknown>;
type AuthController = Record<string, unknown> & { register: Handler };

/**
 * Sign-ups per client address. users-permissions' own limiter keys sign-ups on the address *and*
 * the email given, so a script changing the email each time is never stopped; this one counts the
 * address alone, with the same settings (`ratelimit`: max per interval).
 */
function signUpLimit(strapi: Core.Strapi) {
  const signUps = createRateLimiter('sign-up', () => strapi.db);
  return rateLimitMiddleware<RegisterContext>({
    limiter: () => signUps,
    limits: () => {
      const config = strapi.config.get('plugin::users-permissions.ratelimit') as { max?: number; interval?: unknown } | undefined;
      const intervalMs = typeof config?.interval === 'number' ? config.interval : 60_000;
      return { max: config?.max ?? 10, windowSeconds: Math.ceil(intervalMs / 1000) };
    },
    keyOf: (ctx) => `sign-up:${ctx.request.ip}`,
  });
}

/** The site's sign-up form carries this hidden field: people leave it empty, bots fill it in. */
export const HONEYPOT_FIELD = 'website';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Answered to a filled honeypot: the shape of a real sign-up's answer, and nothing written. */
function decoyAnswer(fields: Record<string, unknown>) {
  const now = new Date().toISOString();
  return {
    user: {
      documentId: randomBytes(12)
        .toString('base64url')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, 'a'),
      username: typeof fields.username === 'string' ? fields.username.trim() : '',
      provider: 'local',
      confirmed: false,
      blocked: false,
      createdAt: now,
      updatedAt: now,
    },
  };
}

/**
 * Checks users-permissions cannot make with its own settings: the display name is trimmed,
 * 3–40 characters and not « ancien membre … » (reserved for deleted accounts); a name or address
 * already taken is a 400 naming the field (Strapi's own answer, « Email or Username are already
 * taken », names neither). The name is compared without case so « Anne » cannot pass for « anne ».
 */
async function fieldIssues(strapi: Core.Strapi, fields: Record<string, unknown>): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const users = strapi.db.query(UIDS.user);
  if (typeof fields.username === 'string') {
    const username = fields.username;
    const issue = displayNameIssue(username);
    if (issue) {
      issues.push({ path: ['username'], message: issue });
    } else if ((await users.count({ where: { username: { $eqi: username } } })) > 0) {
      issues.push({ path: ['username'], message: 'Ce nom est déjà pris.' });
    }
  }
  if (typeof fields.email === 'string' && fields.email.trim() !== '') {
    if ((await users.count({ where: { email: fields.email.trim().toLowerCase() } })) > 0) {
      issues.push({ path: ['email'], message: 'Cette adresse est déjà utilisée par un compte.' });
    }
  }
  return issues;
}

/**
 * Wraps users-permissions' sign-up (POST /api/auth/local/register): the honeypot, the trimmed
 * display name and the duplicate checks run first, then Strapi's own register, which accepts
 * only username, email and password (no `register.allowedFields` is configured).
 */
export function guardRegistration(createAuth: (context: { strapi: Core.Strapi }) => unknown) {
  return (context: { strapi: Core.Strapi }) => {
    const controller = createAuth(context) as AuthController;
    const register = controller.register;
    const limit = signUpLimit(context.strapi);
    const guarded = async function (this: unknown, ctx: RegisterContext, next?: unknown) {
      const body = ctx.request.body;
      if (!isRecord(body)) return register.call(this, ctx, next);
      const { [HONEYPOT_FIELD]: honeypot, ...fields } = body;
      if (typeof honeypot === 'string' ? honeypot.trim() !== '' : honeypot !== undefined && honeypot !== null) {
        context.strapi.log.info('[members] sign-up refused: honeypot filled');
        return ctx.send(decoyAnswer(fields));
      }
      if (typeof fields.username === 'string') fields.username = fields.username.trim();
      const issues = await fieldIssues(context.strapi, fields);
      if (issues.length > 0) throw validationError(issues);
      ctx.request.body = fields;
      return register.call(this, ctx, next);
    };
    controller.register = async function (ctx, next) {
      await limit(ctx, async () => {
        await guarded.call(this, ctx, next);
      });
    };
    return controller;
  };
}

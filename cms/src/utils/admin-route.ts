import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * The Content Manager's permission checker for one model, as its controllers use it: `can.<action>(entity)`
 * with the role's conditions evaluated on the entity, and `sanitizedQuery.<action>(query)` adding
 * them as filters. Strapi exports no type for it.
 */
export interface PermissionChecker {
  can: {
    read(entity?: object): boolean;
    create(entity?: object): boolean;
    update(entity?: object): boolean;
    delete(entity?: object): boolean;
  };
  sanitizedQuery: {
    read(query: object): Promise<{ filters?: Record<string, unknown> }>;
    update(query: object): Promise<{ filters?: Record<string, unknown> }>;
  };
}

/** What an admin route's handler receives: Koa's context with the router's params and the admin session's state. */
export interface AdminContext {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { userAbility?: unknown; user?: { id: number; firstname?: string | null; lastname?: string | null } };
  body: unknown;
  status: number;
  set(field: string, value: string): void;
}

export type AdminHandler = (ctx: AdminContext) => Promise<void>;

export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  handler: AdminHandler;
}

/** The Content Manager's checker for `model` and the caller's ability (its conditions included). */
export const checkerFor = (strapi: Core.Strapi, userAbility: unknown, model: UID.ContentType): PermissionChecker =>
  strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model });

/** A 403 whose message reaches the caller: Strapi masks the message of other ForbiddenErrors. */
export const refusal = (message: string) => new errors.PolicyError(message);

/** A 400 naming one field, in the shape Strapi's validation gives (`details.errors[].path`). */
export function fieldError(field: string, message: string): InstanceType<typeof errors.ValidationError> {
  const text = `${field} : ${message}`;
  return new errors.ValidationError(text, { errors: [{ path: [field], message: text, name: 'ValidationError' }] });
}

/**
 * Declares admin routes under `prefix` (the admin API has no prefix of its own), each reachable
 * only with an admin session (`admin::isAuthenticatedAdmin`); the handler checks the rights on
 * the very entries it touches with `checkerFor`.
 */
export function registerAdminRoutes(strapi: Core.Strapi, prefix: string, routes: readonly AdminRoute[]): void {
  strapi.server.routes({
    type: 'admin',
    prefix,
    routes: routes.map(({ method, path, handler }) => ({
      method,
      path,
      // Strapi types a route's handler with Koa's bare context: the router's params and the admin's state are added at run time.
      handler: ((koaContext) => handler(koaContext as unknown as AdminContext)) satisfies Core.MiddlewareHandler,
      info: { type: 'admin' },
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    })),
  });
}

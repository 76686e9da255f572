import type { Core, Schema, UID } from '@strapi/strapi';

/** The project's plugins; Strapi's own (admin, users-permissions, upload, i18n…) are not fuzzed here. */
export const PROJECT_PLUGINS = ['workflow', 'moderation', 'revisions', 'digest'] as const;

export type RouteType = 'content-api' | 'admin';

/** One mounted route of the project, as the fuzzer calls it. */
export interface FuzzRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The full path as mounted, with its `:params` (`/api/fiches/:id`). */
  path: string;
  type: RouteType;
  /** Who declares it: `api::fiche`, `plugin::workflow`, or `bootstrap` for admin routes added at start-up. */
  owner: string;
  /** The content type the route works on, when one can be told (its attributes name the fields to corrupt). */
  model?: UID.ContentType;
  /** `false` when the route is public (`config.auth: false`). */
  auth: boolean;
  params: string[];
  label: string;
}

interface RouteDefinition {
  method: string;
  path: string;
  handler: unknown;
  config?: { auth?: unknown; prefix?: string };
}

interface RouterDefinition {
  type?: string;
  prefix?: string;
  routes: RouteDefinition[];
}

interface Layer {
  path: string;
  methods: string[];
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const contentApiPrefix = (strapi: Core.Strapi): string => strapi.config.get('api.rest.prefix', '/api');

/**
 * The path Strapi mounts a route at (services/server/routing.ts): the API's prefix (`/api` or
 * none for the admin API), then the router's prefix unless the route declares a `prefix` of its
 * own, which puts it straight under the API's router.
 */
function fullPath(strapi: Core.Strapi, router: RouterDefinition, route: RouteDefinition, defaultPrefix: string): string {
  const type = router.type ?? 'admin';
  const api = type === 'content-api' ? contentApiPrefix(strapi) : '';
  const own = route.config && 'prefix' in route.config ? '' : (router.prefix ?? defaultPrefix);
  return `${api}${own}${route.path}`.replace(/\/+$/, '') || '/';
}

const paramsOf = (path: string) => [...path.matchAll(/:([A-Za-z_]\w*)/g)].map((match) => match[1]);

/** The content type a handler names (`api::fiche.fiche.update`), or the first one its API or plugin declares. */
function modelOf(strapi: Core.Strapi, handler: unknown, candidates: string[]): UID.ContentType | undefined {
  if (typeof handler === 'string' && handler.includes('::')) {
    const uid = handler.slice(0, handler.lastIndexOf('.'));
    if (strapi.contentTypes[uid as UID.ContentType]) return uid as UID.ContentType;
  }
  return candidates.find((uid) => strapi.contentTypes[uid as UID.ContentType]) as UID.ContentType | undefined;
}

const routersOf = (routes: unknown): RouterDefinition[] =>
  Array.isArray(routes) ? [{ type: 'admin', routes: routes as RouteDefinition[] }] : Object.values((routes ?? {}) as Record<string, RouterDefinition>);

function describeRoute(
  strapi: Core.Strapi,
  owner: string,
  router: RouterDefinition,
  route: RouteDefinition,
  defaultPrefix: string,
  models: string[],
): FuzzRoute | undefined {
  const method = route.method.toUpperCase();
  if (!METHODS.has(method)) return undefined;
  const type: RouteType = router.type === 'content-api' ? 'content-api' : 'admin';
  const path = fullPath(strapi, { ...router, type }, route, defaultPrefix);
  return {
    method: method as FuzzRoute['method'],
    path,
    type,
    owner,
    model: modelOf(strapi, route.handler, models),
    auth: route.config?.auth !== false,
    params: paramsOf(path),
    label: `${method} ${path}`,
  };
}

/** Routes declared by the project's APIs (cms/src/api/*) and plugins, as Strapi registered them. */
function declaredRoutes(strapi: Core.Strapi): FuzzRoute[] {
  const apis = Object.entries(strapi.apis).flatMap(([name, api]) =>
    routersOf(api.routes).flatMap((router) =>
      // Strapi types every API router as content-api (register-routes.ts) whatever it declares.
      router.routes.map((route) =>
        describeRoute(
          strapi,
          `api::${name}`,
          { ...router, type: 'content-api' },
          route,
          '',
          Object.keys(api.contentTypes ?? {}).map((ct) => `api::${name}.${ct}`),
        ),
      ),
    ),
  );
  const plugins = PROJECT_PLUGINS.flatMap((name) => {
    const plugin = strapi.plugin(name);
    const models = Object.keys(plugin.contentTypes ?? {}).map((ct) => `plugin::${name}.${ct}`);
    return routersOf(plugin.routes).flatMap((router) =>
      router.routes.map((route) => describeRoute(strapi, `plugin::${name}`, router, route, `/${name}`, models)),
    );
  });
  return [...apis, ...plugins].filter((route): route is FuzzRoute => route !== undefined);
}

/** Every route Strapi itself declares (admin, its plugins), by method and mounted path. */
function strapiOwnKeys(strapi: Core.Strapi): Set<string> {
  const own = [
    ...routersOf(strapi.admin?.routes).map((router) => ({ router, prefix: '/admin' })),
    ...Object.entries(strapi.plugins)
      .filter(([name]) => !(PROJECT_PLUGINS as readonly string[]).includes(name))
      .flatMap(([name, plugin]) => routersOf(plugin.routes).map((router) => ({ router, prefix: `/${name}` }))),
  ];
  return new Set(own.flatMap(({ router, prefix }) => router.routes.map((route) => `${route.method.toUpperCase()} ${fullPath(strapi, router, route, prefix)}`)));
}

/**
 * Admin routes the app adds in its bootstrap (`strapi.server.routes`, cms/src/utils/admin-route.ts):
 * no router declares them, so they are what the admin API mounts beyond the declared routes.
 */
function bootstrapAdminRoutes(strapi: Core.Strapi, declared: Set<string>): FuzzRoute[] {
  const known = new Set([...declared, ...strapiOwnKeys(strapi)]);
  const layers = strapi.server.api('admin').listRoutes() as unknown as Layer[];
  return layers.flatMap((layer) =>
    layer.methods
      .filter((method) => METHODS.has(method) && !known.has(`${method} ${layer.path}`))
      .map((method) => ({
        method: method as FuzzRoute['method'],
        path: layer.path,
        type: 'admin' as const,
        owner: 'bootstrap',
        auth: true,
        params: paramsOf(layer.path),
        label: `${method} ${layer.path}`,
      })),
  );
}

/**
 * The project's REST routes, read from the live Strapi: a route added to an API, a plugin or the
 * app's bootstrap is fuzzed without editing the tests.
 */
export function projectRoutes(strapi: Core.Strapi): FuzzRoute[] {
  const declared = declaredRoutes(strapi);
  const keys = new Set(declared.map((route) => route.label));
  return [...declared, ...bootstrapAdminRoutes(strapi, keys)];
}

/** Every method and path the server has mounted (Strapi's `listRoutes()`), to check discovery against. */
export function mountedRoutes(strapi: Core.Strapi): Set<string> {
  const layers = strapi.server.listRoutes() as unknown as Layer[];
  return new Set(layers.flatMap((layer) => layer.methods.map((method) => `${method} ${layer.path}`)));
}

/** The attributes the fuzzer corrupts for a route: its content type's, or none. */
export function attributesOf(strapi: Core.Strapi, route: FuzzRoute): Record<string, Schema.Attribute.AnyAttribute> {
  return route.model ? (strapi.contentType(route.model).attributes as Record<string, Schema.Attribute.AnyAttribute>) : {};
}

/** Routes that read a request body (koa-body parses POST, PUT, PATCH and, in this app, DELETE). */
export const takesBody = (route: FuzzRoute) => route.method !== 'GET';

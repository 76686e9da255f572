/**
 * The API benchmark's bench-only switch: a CMS started with the project's own code taken off the
 * read path, to price that code against the same request on the same database.
 *
 * What the project puts on a public GET is (1) Document Service middlewares (cms/src and the
 * workflow, revisions, digest and moderation plugins register them in `register`), (2) the
 * route middleware `global::published-only`, (3) whatever the project adds to Koa's chain. The
 * plugins stay loaded: their content types and routes are part of the schema and of the
 * answer's shape, so both instances answer byte for byte the same JSON.
 */
import path from 'node:path';
import type { Core } from '@strapi/strapi';

const REPOSITORY = path.resolve(import.meta.dirname, '..', '..');
/** Compiled project code a registration may come from: the CMS's and the local plugins'. */
const PROJECT_DIRS = [path.join(REPOSITORY, 'cms', 'dist'), path.join(REPOSITORY, 'plugins')];

/** The frame that called `use`, the one after this module's own wrapper. */
function callerIsProject(stack: string | undefined): boolean {
  const frames = (stack ?? '').split('\n').slice(2);
  const caller = frames.find((frame) => !frame.includes('node:internal'));
  return PROJECT_DIRS.some((dir) => caller?.includes(dir) && !caller.includes(`${path.sep}node_modules${path.sep}`));
}

/** Before `register`: the project's Document Service middlewares are not installed. Returns how many were left out. */
export function skipProjectDocumentMiddlewares(strapi: Core.Strapi): { skipped: () => number } {
  const documents = strapi.documents;
  const use = documents.use.bind(documents);
  let skipped = 0;
  documents.use = ((middleware: Parameters<typeof use>[0]) => {
    if (!callerIsProject(new Error().stack)) return use(middleware);
    skipped += 1;
    return () => undefined;
  }) as typeof documents.use;
  return { skipped: () => skipped };
}

/** After `register`, before `bootstrap` builds the routes: the project's route middlewares pass through. */
export function passThroughProjectRouteMiddlewares(strapi: Core.Strapi): string[] {
  const registry = strapi.get('middlewares') as { keys(): string[]; set(uid: string, factory: unknown): unknown };
  const ours = registry.keys().filter((uid) => uid.startsWith('global::'));
  for (const uid of ours) registry.set(uid, () => (_ctx: unknown, next: () => Promise<void>) => next());
  return ours;
}

import fc from 'fast-check';
import type { TestCms } from '../../helpers/cms';
import type { FuzzCase } from './fuzz-case';
import { citableNames, judge } from './refusal';
import { attributesOf, type FuzzRoute } from './routes';
import { changedTables, countRows, removeAddedRows } from './row-counts';
import { POLLUTION_MARKER } from './values';

export interface RunOptions {
  /** One seed for every route of a file: the one a failure prints, which FUZZ_SEED replays. */
  seed: number;
  numRuns: number;
}

/** FUZZ_SEED replays a reported seed; FUZZ_RUNS multiplies every file's runs (a longer search by hand). */
export const fuzzOptions = (seed: number, numRuns: number): RunOptions => ({
  seed: Number(process.env.FUZZ_SEED ?? seed),
  numRuns: Math.max(1, Math.round(numRuns * Number(process.env.FUZZ_RUNS ?? 1))),
});

async function send(cms: TestCms, request: FuzzCase): Promise<{ status: number; text: string; type: string }> {
  const response = await fetch(cms.url + request.url, { method: request.method, headers: request.headers, body: request.body, redirect: 'manual' });
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') ?? '' };
}

/** Sends one case and lists what is wrong: a 5xx, a refusal out of shape or naming nothing, a refused request that wrote, a polluted prototype. */
async function problemsOf(cms: TestCms, tables: string[], route: FuzzRoute, request: FuzzCase): Promise<string[]> {
  const before = await countRows(cms.strapi, tables);
  const { status, text, type } = await send(cms, request);
  const after = await countRows(cms.strapi, tables);
  const names = citableNames(request, Object.keys(attributesOf(cms.strapi, route)), route.params);
  const problems = [judge(request, status, text, type, names)];
  const changed = changedTables(before, after);
  if (status >= 400 && changed.length > 0) problems.push(`refused with ${status} yet wrote: ${changed.join(', ')}`);
  // An accepted write of wrong-looking data is no refusal: its rows go, so the next case starts from the same tables.
  if (status < 400) await removeAddedRows(cms.strapi, before, after);
  if (POLLUTION_MARKER in Object.prototype) {
    delete (Object.prototype as Record<string, unknown>)[POLLUTION_MARKER];
    problems.push('Object.prototype was polluted');
  }
  return problems.filter((problem): problem is string => problem !== undefined);
}

/**
 * Runs `numRuns` cases against one route. On failure fast-check's error carries the seed, the
 * path to replay it and the shrunk counterexample (FuzzCase prints itself abbreviated).
 */
export async function fuzzRoute(cms: TestCms, tables: string[], route: FuzzRoute, cases: fc.Arbitrary<FuzzCase>, options: RunOptions): Promise<void> {
  const property = fc.asyncProperty(cases, async (request) => {
    const problems = await problemsOf(cms, tables, route, request);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  });
  await fc.assert(property, { seed: options.seed, numRuns: options.numRuns });
}

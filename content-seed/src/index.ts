import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { SeedContext } from './context';
import type { Outcome } from './documents';
import { readEntries } from './read-entries';
import type { SeedStep } from './step';
import { ateliers, formations } from './steps/calendar';
import { espaces } from './steps/espaces';
import { ficheLinks, fiches } from './steps/fiches';
import { sujets } from './steps/forum';
import { interventions } from './steps/interventions';
import { equipements, prets } from './steps/loans';
import { machines } from './steps/machines';
import { formationLinks, parcours } from './steps/parcours';
import { membres, utilisateurs } from './steps/people';
import { synonymes } from './steps/synonymes';
import { categories, etiquettes } from './steps/taxonomy';

export { resolveDate, resolveDateTime } from './relative-date';

/** The seed shipped with the project, found from this package's root (run from src/ or dist/src/). */
function packageRoot(dir: string): string {
  return existsSync(path.join(dir, 'package.json')) ? dir : packageRoot(path.dirname(dir));
}
export const DEFAULT_SEED_DIR = path.join(packageRoot(__dirname), 'data');

/** In dependency order: a step only refers to folders imported before it. */
const STEPS: { label: string; step: SeedStep }[] = [
  { label: 'membres', step: membres },
  { label: 'utilisateurs', step: utilisateurs },
  { label: 'catégories', step: categories },
  { label: 'étiquettes', step: etiquettes },
  { label: 'synonymes de recherche', step: synonymes },
  // Teams name admin accounts: `membres` comes first.
  { label: 'espaces', step: espaces },
  { label: 'parcs de machines', step: machines },
  { label: 'équipements', step: equipements },
  { label: 'ateliers', step: ateliers },
  { label: 'formations', step: formations },
  { label: 'fiches', step: fiches },
  { label: 'interventions', step: interventions },
  { label: 'prêts', step: prets },
  { label: 'sujets du forum', step: sujets },
  { label: 'liens entre fiches', step: ficheLinks },
  { label: 'formations : prérequis et fiches', step: formationLinks },
  { label: 'parcours de formation', step: parcours },
];

export interface SeedOptions {
  dir?: string;
  now?: Date;
  /** Progress lines; defaults to the Strapi logger. */
  log?: (line: string) => void;
}

export type SeedReport = Record<string, Record<Outcome, number>>;

/** Strapi's validation errors carry the failing field's path: name it. */
function describe(error: unknown): string {
  const { message, details } = error as { message: string; details?: { errors?: { path: string[]; message: string }[] } };
  const fields = details?.errors?.map((e) => `${e.path.join('.')}: ${e.message}`);
  return fields?.length ? fields.join('; ') : message;
}

/**
 * Imports a seed folder into a loaded Strapi. Idempotent: entries are found by their key and
 * updated in place. Stops at the first invalid entry, naming its file and field.
 */
export async function importSeed(strapi: Core.Strapi, options: SeedOptions = {}): Promise<SeedReport> {
  const dir = path.resolve(options.dir ?? DEFAULT_SEED_DIR);
  const log = options.log ?? ((line: string) => strapi.log.info(line));
  const ctx: SeedContext = { strapi, now: options.now ?? new Date(), refs: new Map() };
  const report: SeedReport = {};

  log(`[seed] import de ${dir}`);
  for (const { label, step } of STEPS) {
    // Originals before translations: a translation is added to the French document.
    const entries = readEntries(dir, step.folder).sort((a, b) => Number(Boolean(a.locale)) - Number(Boolean(b.locale)));
    if (entries.length === 0) continue;
    const counts: Record<Outcome, number> = { created: 0, updated: 0 };
    for (const entry of entries) {
      try {
        counts[await step.run(entry, ctx)] += 1;
      } catch (error) {
        throw new Error(`[seed] ${path.relative(process.cwd(), entry.file)}: ${describe(error)}`, { cause: error });
      }
    }
    report[label] = counts;
    log(`[seed] ${label.padEnd(20, ' ')} ${String(entries.length).padStart(3)} (${counts.created} créés, ${counts.updated} mis à jour)`);
  }
  log('[seed] terminé');
  return report;
}

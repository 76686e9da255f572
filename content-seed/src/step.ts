import type { SeedContext } from './context';
import type { Outcome } from './documents';
import type { SeedEntry } from './read-entries';

/** One folder of the seed and how to import one of its entries. */
export interface SeedStep {
  folder: string;
  /** Imports one entry (or one translation, when entry.locale is set). */
  run(entry: SeedEntry, ctx: SeedContext): Promise<Outcome>;
}

/** Reads a field that must be a string. */
export function text(entry: SeedEntry, field: string): string {
  const value = entry.fields[field];
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${field} is required`);
  return value;
}

/** Reads a field that, when present, must be a list. */
export function list(entry: SeedEntry, field: string): unknown[] {
  const value = entry.fields[field] ?? [];
  if (!Array.isArray(value)) throw new Error(`${field} must be a list`);
  return value;
}

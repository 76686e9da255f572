import type { Core } from '@strapi/strapi';

/** What every import step receives. */
export interface SeedContext {
  strapi: Core.Strapi;
  /** The import date: relative seed dates ("J+3") count from it. */
  now: Date;
  /** Keys already imported, per folder, resolved to what relations need (document id or row id). */
  refs: Map<string, Map<string, string | number>>;
}

/** Resolves a key of another folder; an unknown key is an error naming both. */
export function ref<T extends string | number>(ctx: SeedContext, folder: string, key: unknown): T {
  const found = ctx.refs.get(folder)?.get(String(key));
  if (found === undefined) throw new Error(`unknown ${folder} "${String(key)}"`);
  return found as T;
}

/** Like ref, for an optional field: undefined stays undefined, null clears the relation. */
export function optionalRef<T extends string | number>(ctx: SeedContext, folder: string, key: unknown): T | null | undefined {
  if (key === undefined || key === null || key === '') return key === undefined ? undefined : null;
  return ref<T>(ctx, folder, key);
}

export function remember(ctx: SeedContext, folder: string, key: string, value: string | number): void {
  if (!ctx.refs.has(folder)) ctx.refs.set(folder, new Map());
  ctx.refs.get(folder)!.set(key, value);
}

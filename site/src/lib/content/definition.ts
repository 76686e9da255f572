/**
 * How a collection is read from the build's source (lib/content/store.ts): its entries as the
 * snapshot gives them, the schema that validates each, and the Markdown a page shows as HTML.
 */
import type { z } from 'astro/zod';
import type { Snapshot } from '@reseau-epn/platform';

export interface Definition<S extends z.ZodTypeAny> {
  schema: S;
  /** Every entry of the source, before validation, keyed by `id`. */
  entries(source: Snapshot): Iterable<{ id: string; data: unknown }>;
  /** The entry's Markdown field (a fiche's body, an event's description), rendered when a page asks (renderedOf). */
  markdown?(data: z.infer<S>): string;
}

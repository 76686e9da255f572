/**
 * The content pages read: the build's source (the CMS or its snapshot, lib/cms-source.ts), read
 * once per build, each entry normalized and validated by its collection's schema, kept in memory
 * while the pages render. In place of Astro's content layer, which serialized every entry into a
 * data store, bundled that store into the server build and rendered every Markdown body before
 * the first page, whatever the build then rendered: a fixed cost of every build, a one-page
 * publication included. Here a body is rendered when a page asks for it (renderedOf), so an
 * incremental build (lib/build-scope.ts) renders only what it writes; a full build hands the
 * bodies to a worker thread up front (warm-up.ts). Pages import lib/content (index.ts).
 */
import type { z } from 'astro/zod';
import type { RenderedMarkdown } from '@reseau-epn/markdown';
import { LOCALES, type CollectionName, type Snapshot } from '@reseau-epn/platform';
import { loadSource } from '../cms-source';
import { forumCollections } from '../forum/collections';
import { bodyOptions, markdownWorker, renderBody } from '../markdown';
import { normalize } from '../normalize';
import { bodyImages } from '../uploads';
import type { Definition } from './definition';
import * as schemas from './schemas';

/** Collections of the CMS's localized types: entries keyed `<locale>/<documentId>`, with their Markdown field if any. */
function cms<S extends z.ZodTypeAny>(names: CollectionName[], schema: S, markdownField?: string): Definition<S> {
  return {
    schema,
    *entries(source) {
      for (const name of names) {
        for (const locale of LOCALES) {
          for (const raw of source.collections[name]?.[locale] ?? []) {
            yield { id: `${locale}/${raw.documentId}`, data: { ...normalize[name](raw), locale } };
          }
        }
      }
    },
    ...(markdownField && { markdown: (data: Record<string, unknown>) => String(data[markdownField] ?? '') }),
  };
}

const COLLECTIONS = {
  lettres: { schema: schemas.lettre, entries: (source: Snapshot) => (source.lettres ?? []).map((raw) => ({ id: raw.documentId, data: raw })) },
  historiques: {
    schema: schemas.historique,
    entries: (source: Snapshot) =>
      (source.histories ?? []).map((history) => {
        const locale = history.locale ?? 'fr';
        return { id: `${locale}/${history.documentId}`, data: { ...history, locale } };
      }),
  },
  fiches: cms(['fiches'], schemas.fiche, 'body'),
  categories: cms(['categories'], schemas.categorie),
  etiquettes: cms(['etiquettes'], schemas.etiquette),
  synonymes: cms(['synonymes'], schemas.synonyme),
  espaces: cms(['espaces'], schemas.espace),
  evenements: cms(['ateliers', 'formations'], schemas.evenement, 'description'),
  parcours: cms(['parcours-formations'], schemas.parcours, 'description'),
  ...forumCollections,
} satisfies Record<string, Definition<z.ZodTypeAny>>;

export type CollectionKey = keyof typeof COLLECTIONS;

export interface CollectionEntry<C extends CollectionKey> {
  id: string;
  collection: C;
  data: z.infer<(typeof COLLECTIONS)[C]['schema']>;
}

const loaded = new Map<CollectionKey, Promise<CollectionEntry<CollectionKey>[]>>();
/** Each entry's rendering, once asked for (a page, or the warm-up): the same body is rendered once. */
const renderings = new WeakMap<object, Promise<RenderedMarkdown>>();
/** The source each entry was read from. */
const sources = new WeakMap<object, Snapshot>();
/** The body images of a source (lib/uploads.ts), listed once. */
const images = new WeakMap<Snapshot, ReturnType<typeof bodyImages>>();
const imagesOf = (source: Snapshot) => images.get(source) ?? images.set(source, bodyImages(source)).get(source)!;

function invalid(name: string, id: string, error: z.ZodError): Error {
  const fields = error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`).join('; ');
  return new Error(`Contenu invalide dans « ${name} », entrée ${id} : ${fields}. Corrigez-la dans le CMS, puis reconstruisez le site.`);
}

function read<C extends CollectionKey>(name: C, source: Snapshot): CollectionEntry<C>[] {
  const definition: Definition<z.ZodTypeAny> = COLLECTIONS[name];
  const entries: CollectionEntry<C>[] = [];
  for (const raw of definition.entries(source)) {
    const parsed = definition.schema.safeParse(raw.data);
    if (!parsed.success) throw invalid(name, raw.id, parsed.error);
    const entry = { id: raw.id, collection: name, data: parsed.data } as CollectionEntry<C>;
    sources.set(entry, source);
    entries.push(entry);
  }
  return entries;
}

function markdownOf(entry: CollectionEntry<CollectionKey>): string {
  const definition: Definition<z.ZodTypeAny> = COLLECTIONS[entry.collection];
  if (!definition.markdown) throw new Error(`« ${entry.collection} » has no Markdown field to render`);
  return definition.markdown(entry.data);
}

/** An entry's Markdown field as HTML, with its headings: rendered on the spot, unless the worker has it (renderAhead). */
export function renderedOf(entry: CollectionEntry<CollectionKey>): Promise<RenderedMarkdown> {
  let rendering = renderings.get(entry);
  if (!rendering) {
    rendering = Promise.resolve(renderBody(markdownOf(entry), imagesOf(sources.get(entry)!)));
    renderings.set(entry, rendering);
  }
  return rendering;
}

/** Renders these entries on the build's Markdown worker, in this order, for renderedOf() to find later. */
export function renderAhead(entries: CollectionEntry<CollectionKey>[]): void {
  for (const entry of entries) {
    if (renderings.has(entry)) continue;
    const markdown = markdownOf(entry);
    const options = bodyOptions(imagesOf(sources.get(entry)!));
    // A worker that failed leaves the body to be rendered on the spot.
    renderings.set(
      entry,
      markdownWorker()
        .html(markdown, options)
        .catch(() => renderBody(markdown, options.images)),
    );
  }
}

/** Every entry of a collection (those `filter` keeps), in the source's order. */
export async function getCollection<C extends CollectionKey>(name: C, filter?: (entry: CollectionEntry<C>) => boolean): Promise<CollectionEntry<C>[]> {
  if (!loaded.has(name))
    loaded.set(
      name,
      loadSource().then((source) => read(name, source)),
    );
  const entries = (await loaded.get(name)!) as CollectionEntry<C>[];
  return filter ? entries.filter(filter) : entries.slice();
}

/** One entry by its id (`<locale>/<documentId>` for the CMS's types). */
export async function getEntry<C extends CollectionKey>(name: C, id: string): Promise<CollectionEntry<C> | undefined> {
  return (await getCollection(name)).find((entry) => entry.id === id);
}

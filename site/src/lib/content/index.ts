/**
 * What pages import to read content (store.ts): a collection's entries, one entry, a body's HTML.
 * The first read of a build also starts the warm-up (warm-up.ts): the bodies every page will need
 * go to the Markdown worker while the pages are written.
 */
import * as store from './store';
import { warmUp } from './warm-up';

export { renderedOf, type CollectionEntry, type CollectionKey } from './store';

let warming: Promise<void> | undefined;

export function getCollection<C extends store.CollectionKey>(
  name: C,
  filter?: (entry: store.CollectionEntry<C>) => boolean,
): Promise<store.CollectionEntry<C>[]> {
  // Its failures are the collections' own (no content, an invalid entry): they surface through them.
  warming ??= warmUp().catch(() => undefined);
  return store.getCollection(name, filter);
}

export function getEntry<C extends store.CollectionKey>(name: C, id: string): Promise<store.CollectionEntry<C> | undefined> {
  return getCollection(name).then((entries) => entries.find((entry) => entry.id === id));
}

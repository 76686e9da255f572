/**
 * What a build hands the Markdown worker as soon as the content is read, in the order the pages
 * will want it: the events' and paths' descriptions (their pages' data carry the HTML), every
 * fiche's body when the build writes every fiche page (a full build; an incremental one renders
 * the few it writes on the spot), then the plain text the search indexes read of every fiche,
 * event and space (lib/plain-text.ts). The worker runs on the machine's other core; at 5,000
 * fiches that is half a minute of Markdown off the thread that writes the pages. Once those texts
 * are read, the search indexes are built on a worker of their own (lib/search/build-offload.ts),
 * ready when the search page and the index files are written.
 */
import { LOCALES } from '@reseau-epn/platform';
import { getSearchIndex } from '../search/collect';
import { SEARCH_TEXT } from '../search/documents';
import { keepPlainTexts, plainTextAhead, plainTextsReady } from '../plain-text';
import { getCollection, renderAhead } from './store';

export async function warmUp(): Promise<void> {
  // `astro dev` renders the page asked for, not the site.
  if (import.meta.env.DEV) return;
  const [evenements, parcours, fiches, espaces] = await Promise.all([
    getCollection('evenements'),
    getCollection('parcours'),
    getCollection('fiches'),
    getCollection('espaces'),
  ]);
  renderAhead([...evenements, ...parcours]);
  if (!process.env.SITE_BUILD_BASE) renderAhead(fiches);
  plainTextAhead(
    [...fiches.map((f) => f.data.body), ...evenements.map((e) => e.data.description), ...espaces.map((s) => s.data.description ?? '')],
    SEARCH_TEXT,
  );
  // A failure is not lost: the page that asks for the index gets the same rejected promise.
  void plainTextsReady()
    .then(() => {
      keepPlainTexts();
      return Promise.all(LOCALES.map((locale) => getSearchIndex(locale)));
    })
    .catch(() => undefined);
}

/**
 * A worker thread that builds and splits a language's search index (build-index.ts,
 * split-index.ts) for the site's build (build-offload.ts), on the machine's other core while the
 * pages are written. Plain JavaScript that loads the TypeScript modules through tsx: Astro's
 * server bundle has no file of its own a worker could start from.
 */
import { answerRequests } from '@reseau-epn/platform/worker-thread';
import { register } from 'tsx/esm/api';

register();
const { buildSearchIndex } = await import('./build-index.ts');
const { splitSearchIndex } = await import('./split-index.ts');

answerRequests(({ locale, documents, synonyms }) => {
  const { entry, parts } = splitSearchIndex(buildSearchIndex(locale, documents, { synonyms }));
  return { json: JSON.stringify(entry), parts };
});

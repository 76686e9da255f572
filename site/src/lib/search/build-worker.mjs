/**
 * A worker thread that builds and splits a language's search index for the site's build
 * (build-offload.ts, whose buildOnThread it runs), on the machine's other core while the pages
 * are written. Plain JavaScript that loads the TypeScript modules through tsx: Astro's server
 * bundle has no file of its own a worker could start from.
 */
import { answerRequests } from '@reseau-epn/platform/worker-thread';
import { register } from 'tsx/esm/api';

register();
const { buildOnThread } = await import('./build-offload.ts');

answerRequests(buildOnThread);

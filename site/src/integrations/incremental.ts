/**
 * The second half of an incremental build (src/lib/build-scope.ts): once the pages are written,
 * the pages the scoped routes did not render, their data unchanged, are taken from the previous
 * build (SITE_BUILD_BASE), with their .br/.gz copies, so that the output is the whole site before
 * sitemap.xml is written from it. Hard links: nothing is copied, and the previous build's folder
 * can be deleted once this one is live. Listed first in astro.config.ts's integrations.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { carryOver } from '../lib/build-merge';

export function incremental(): AstroIntegration {
  return {
    name: 'reseau-epn-incremental',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { SITE_BUILD_STATE: state, SITE_BUILD_BASE: base } = process.env;
        if (!state || !base) return;
        const { kept, rendered } = await carryOver({ stateDir: state, baseDir: base, outDir: fileURLToPath(dir) });
        logger.info(`incrémental : ${rendered} pages rendues, ${kept} reprises de la construction précédente`);
      },
    },
  };
}

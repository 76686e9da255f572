/**
 * Copies the media-library files the pages use (body images, the fiches' attachments) into the
 * build's `uploads/` once the pages are written (lib/upload-copy.ts). The list comes from the
 * content the pages were built from: loadSource() keeps it for the whole build process, so the
 * CMS is not read a second time. A file that cannot be had is reported, not fatal: a publication
 * still reaches the site, and the warning names the file.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_SNAPSHOT, loadSource } from '../lib/cms-source';
import { copyUploads, uploadsSource } from '../lib/upload-copy';
import { uploadsToCopy } from '../lib/uploads';

export function uploads(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'reseau-epn-uploads',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!cacheDir) return;
        const files = uploadsToCopy(await loadSource());
        if (files.length === 0) return;
        const source = uploadsSource(process.env, DEFAULT_SNAPSHOT);
        logger.info(`uploads : ${files.length} fichiers depuis ${'dir' in source ? source.dir : source.baseUrl}`);
        const report = await copyUploads({
          files,
          source,
          stagingDir: fileURLToPath(new URL('uploads/', cacheDir)),
          outDir: fileURLToPath(new URL('uploads/', dir)),
          log: (message) => logger.info(`uploads : ${message}`),
        });
        for (const missing of report.missing) logger.warn(`uploads : introuvable ${missing}`);
        logger.info(`uploads : ${report.fetched} copiés, ${report.reused} déjà présents, ${report.missing.length} manquants`);
      },
    },
  };
}

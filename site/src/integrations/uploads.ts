/**
 * Copies the media-library files the pages use into the build's `uploads/` once the pages are
 * written (lib/upload-copy.ts), from the list the `uploads` collection wrote while the content
 * loaded (lib/uploads-loader.ts). A file that cannot be had is reported, not fatal: a publication
 * still reaches the site, and the warning names the file.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { copyUploads, MANIFEST_NAME, type UploadsManifest } from '../lib/upload-copy';

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
        const manifest = JSON.parse(await readFile(new URL(MANIFEST_NAME, cacheDir), 'utf8')) as UploadsManifest;
        if (manifest.files.length === 0) return;
        const from = 'dir' in manifest.source ? manifest.source.dir : manifest.source.baseUrl;
        logger.info(`uploads : ${manifest.files.length} fichiers depuis ${from}`);
        const report = await copyUploads({
          files: manifest.files,
          source: manifest.source,
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

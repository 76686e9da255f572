/**
 * The `uploads` collection: the media-library files the pages use (body images with their sizes,
 * the fiches' attachments). Loading it also writes the list the build copies once the pages are
 * written (integrations/uploads.ts), into Astro's cache folder: the integration runs outside the
 * content layer and must not read the CMS a second time.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { DEFAULT_SNAPSHOT, loadSource } from './cms-source';
import { MANIFEST_NAME, uploadsSource, type UploadsManifest } from './upload-copy';
import { uploadsToCopy } from './uploads';

export const uploadsLoader: Loader = {
  name: 'cms-uploads',
  schema: z.object({
    /** Where the site serves the file: /uploads/<name>_<hash>.<ext>, as in the CMS. */
    path: z.string(),
    /** Its size as Strapi recorded it, in kB (1,000 bytes); null when unknown. */
    kb: z.number().nullable(),
  }),
  async load({ store, parseData, config }) {
    const files = uploadsToCopy(await loadSource());
    store.clear();
    for (const file of files) store.set({ id: file.path, data: await parseData({ id: file.path, data: { ...file } }) });
    const manifest: UploadsManifest = { source: uploadsSource(process.env, DEFAULT_SNAPSHOT), files };
    await mkdir(fileURLToPath(config.cacheDir), { recursive: true });
    await writeFile(fileURLToPath(new URL(MANIFEST_NAME, config.cacheDir)), JSON.stringify(manifest));
  },
};

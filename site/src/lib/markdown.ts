/**
 * Members' Markdown on the site: rendered by the project's one pipeline (@reseau-epn/markdown,
 * sanitized through its allow-list) when content is loaded, stored with the entry, and read back
 * by pages. Pages insert no other HTML from the CMS.
 */
import { renderMarkdown, type RenderedMarkdown, type UploadImage } from '@reseau-epn/markdown';

/**
 * How wide a body's images are shown: the text column of FicheArticle (a 72rem container with
 * 1rem padding; from 60rem, a 16rem aside and a 2rem gap beside it). Event pages' text is no wider.
 */
export const BODY_IMAGE_SIZES = '(min-width: 72rem) 52rem, (min-width: 60rem) calc(100vw - 20rem), calc(100vw - 2rem)';

/** An entry's `rendered` in Astro's content store. */
interface StoredRendering {
  html: string;
  metadata?: { headings?: RenderedMarkdown['headings'] };
}

/**
 * What a loader stores for a Markdown field: the pipeline's HTML, and its headings for the table
 * of contents. `images`: the uploads the site copies (lib/uploads.ts bodyImages), shown with their sizes.
 */
export function renderForStore(markdown: string, images: readonly UploadImage[] = []): StoredRendering {
  const { html, headings } = renderMarkdown(markdown, { images, sizes: BODY_IMAGE_SIZES });
  return { html, metadata: { headings } };
}

/** An entry as Astro's content store gives it back, where `rendered.metadata` is typed loosely. */
interface WithRendering {
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** Reads back what renderForStore stored. */
export function storedRendering(entry: WithRendering): RenderedMarkdown {
  // Written by renderForStore: the store keeps it, not its type.
  const headings = entry.rendered?.metadata?.headings as RenderedMarkdown['headings'] | undefined;
  return { html: entry.rendered?.html ?? '', headings: headings ?? [] };
}

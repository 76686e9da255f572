/**
 * Members' Markdown on the site: rendered by the project's one pipeline (@reseau-epn/markdown,
 * sanitized through its allow-list) when a page asks for it (lib/content's renderedOf). Pages
 * insert no other HTML from the CMS.
 *
 * A full build renders every body: those are handed to a worker thread as soon as the content is
 * read (lib/content/warm-up.ts), so that the thread writing the pages finds them done; a body
 * nobody handed over is rendered here, on the spot.
 */
import { renderMarkdown, type ImageOptions, type RenderedMarkdown, type UploadImage } from '@reseau-epn/markdown';
import { MarkdownWorker } from '@reseau-epn/markdown/offload';

/**
 * How wide a body's images are shown: the text column of FicheArticle (a 72rem container with
 * 1rem padding; from 60rem, a 16rem aside and a 2rem gap beside it). Event pages' text is no wider.
 */
export const BODY_IMAGE_SIZES = '(min-width: 72rem) 52rem, (min-width: 60rem) calc(100vw - 20rem), calc(100vw - 2rem)';

/** `images`: the uploads the site copies (lib/uploads.ts bodyImages), shown with their sizes. */
export const bodyOptions = (images: readonly UploadImage[]): ImageOptions => ({ images, sizes: BODY_IMAGE_SIZES });

export function renderBody(markdown: string, images: readonly UploadImage[] = []): RenderedMarkdown {
  return renderMarkdown(markdown, bodyOptions(images));
}

let worker: MarkdownWorker | undefined;

/** The build's one Markdown worker (started on first use; it does not keep the build alive once idle). */
export const markdownWorker = (): MarkdownWorker => (worker ??= new MarkdownWorker());

/**
 * Members' Markdown on the site: rendered by the project's one pipeline (@reseau-epn/markdown,
 * sanitized through its allow-list) when content is loaded, stored with the entry, and read back
 * by pages. Pages insert no other HTML from the CMS.
 */
import { renderMarkdown, type RenderedMarkdown } from '@reseau-epn/markdown';

/** An entry's `rendered` in Astro's content store. */
interface StoredRendering {
  html: string;
  metadata?: { headings?: RenderedMarkdown['headings'] };
}

/** What a loader stores for a Markdown field: the pipeline's HTML, and its headings for the table of contents. */
export function renderForStore(markdown: string): StoredRendering {
  const { html, headings } = renderMarkdown(markdown);
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

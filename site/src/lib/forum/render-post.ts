/**
 * Forum posts on the site: the project's one Markdown pipeline with its forum profile, the same
 * function the server uses for the `html` the island inserts (images by URL stay off).
 */
import { renderPostMarkdown } from '@reseau-epn/markdown';

export const renderPost = (body: string): string => renderPostMarkdown(body);

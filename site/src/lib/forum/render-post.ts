/**
 * Forum posts on the site: the project's one Markdown pipeline with its forum profile, the same
 * function the server uses for the `html` the island inserts (images by URL stay off).
 */
import { renderPostMarkdown } from '@reseau-epn/markdown';
import { once } from '../memo';

/** A post's HTML, rendered once per build (a topic's page exists in each language). */
export const renderPost = once((body: string) => renderPostMarkdown(body));

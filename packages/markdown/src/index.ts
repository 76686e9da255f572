/**
 * @reseau-epn/markdown: the project's one Markdown pipeline. What members write becomes sanitized
 * HTML through one allow-list (renderMarkdown), or plain text (markdownToText). See README.md.
 */
export { ALLOW_LIST } from './allow-list.js';
export { EXTERNAL_REL } from './external-links.js';
export type { Heading } from './heading-ids.js';
export { DEFAULT_SIZES, uploadPath, type ImageOptions, type UploadImage, type UploadSize } from './images.js';
export { renderMarkdown, type RenderedMarkdown } from './render.js';
export { markdownToText, type TextOptions } from './to-text.js';
export { countPostLinks, renderPostMarkdown, type PostRenderOptions } from './forum.js';

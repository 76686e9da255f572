/**
 * Body images from the media library, with the sizes Strapi generated for them.
 *
 * Strapi's editor inserts a media-library image as `![alt](<CMS address>/uploads/name_hash.png)`
 * (the admin prefixes its own backend URL), and people also paste `/uploads/name_hash.png`. When
 * the render is given the uploads the text may use (`images`), an image whose address has the path
 * of one of them gets the file's width and height (no layout shift), a `srcset` of its generated
 * formats and the original, `sizes`, `loading="lazy"` and `decoding="async"`; its `src` becomes the
 * upload's own path (the site serves copies of the files at the same paths). Matching on the path
 * alone is safe: it only ever puts a known upload's own file in the page.
 *
 * Every value set here comes from the upload's record, never from the member's text, and is
 * checked again by the allow-list (allow-list.ts), which runs after this step. An image that
 * names no known upload (another site's, or a file the build does not know) is left as it was.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** One size of an upload, as Strapi records it (`formats.small`, …, or the file itself). */
export interface UploadSize {
  /** Path under the CMS (`/uploads/small_name_hash.png`) or an absolute URL ending in such a path. */
  url: string;
  width: number | null;
  height: number | null;
}

/** A media-library file as Strapi's REST API gives it, reduced to what images need. */
export interface UploadImage extends UploadSize {
  mime: string;
  /** Strapi's generated sizes (thumbnail, small, medium, large); null for files it does not resize. */
  formats?: Record<string, UploadSize> | null;
}

export interface ImageOptions {
  /** The uploads a text may show; others are left plain. */
  images?: readonly UploadImage[];
  /** The `sizes` attribute: how wide the text column is (the site's layout knows). */
  sizes?: string;
}

/** Without a layout's own figure: the image may fill the viewport's width. */
export const DEFAULT_SIZES = '100vw';

/** Raster images browsers show in <img>; SVG is left plain (it is a document, not a picture to resize). */
const RESPONSIVE_MIME = /^image\/(?:png|jpeg|gif|webp|avif)$/;

/**
 * The path of an address that may name an upload: `/uploads/…` itself, or the same path on any
 * http(s) host (the CMS's, as the admin saw it). Query and fragment are dropped.
 */
export function uploadPath(address: string): string | undefined {
  const value = address.trim();
  let pathname: string;
  if (value.startsWith('/') && !value.startsWith('//')) pathname = value.split(/[?#]/)[0]!;
  else if (/^https?:\/\//i.test(value) && URL.canParse(value)) pathname = new URL(value).pathname;
  else return undefined;
  return pathname.startsWith('/uploads/') ? pathname : undefined;
}

const hasSize = (size: UploadSize): size is UploadSize & { width: number; height: number } =>
  Number.isInteger(size.width) && Number.isInteger(size.height) && size.width! > 0 && size.height! > 0;

interface Responsive {
  src: string;
  width: number;
  height: number;
  srcset: string[];
}

/** The attributes of a known image: its own size and every generated size with a usable path, narrowest first. */
function responsive(image: UploadImage): Responsive | undefined {
  const src = uploadPath(image.url);
  if (!src || !hasSize(image) || !RESPONSIVE_MIME.test(image.mime)) return undefined;
  const candidates = new Map<number, string>();
  for (const format of Object.values(image.formats ?? {})) {
    const path = uploadPath(format.url);
    // A format wider than the original would be an upscale: Strapi makes none, a corrupt record might.
    if (path && hasSize(format) && format.width < image.width) candidates.set(format.width, path);
  }
  candidates.set(image.width, src);
  const srcset = [...candidates].sort(([a], [b]) => a - b).map(([width, path]) => `${path} ${width}w`);
  return { src, width: image.width, height: image.height, srcset };
}

/** Options travel with each file (file.data), so the frozen processor is shared by every render. */
export const imageOptionsOf = (file: { data: object }): ImageOptions => (file.data as { imageOptions?: ImageOptions }).imageOptions ?? {};

export const rehypeUploadImages: Plugin<[], Root> = function () {
  return (tree, file) => {
    const { images = [], sizes = DEFAULT_SIZES } = imageOptionsOf(file);
    if (images.length === 0) return;
    const known = new Map<string, UploadImage>();
    for (const image of images) {
      const path = uploadPath(image.url);
      if (path) known.set(path, image);
    }
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return;
      const path = uploadPath(node.properties.src);
      const image = path ? known.get(path) : undefined;
      const attributes = image ? responsive(image) : undefined;
      if (!attributes) return;
      Object.assign(node.properties, {
        src: attributes.src,
        srcSet: attributes.srcset.join(', '),
        sizes,
        width: attributes.width,
        height: attributes.height,
        loading: 'lazy',
        decoding: 'async',
      });
    });
  };
};

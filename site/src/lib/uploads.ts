/**
 * Media-library files on the site. The build copies the files the pages use into its own
 * `/uploads/` (dist/client/uploads/…, integrations/uploads.ts), at the paths Strapi gives them, so
 * the static site is self-contained: it works under its `img-src 'self'` policy and when the CMS
 * is not reachable from the Internet.
 *
 * Only passive types are copied: a file served from the site's origin that a browser would run as
 * a document (HTML, SVG, XML…) could script the site. Other types are linked at the CMS's public
 * address, where Strapi serves them, and never shown as images.
 */
import path from 'node:path';
import { uploadPath, type UploadImage } from '@reseau-epn/markdown';
import type { Locale, RawEntry, Snapshot, UploadFile } from '@reseau-epn/platform';
import { publicCmsUrl } from './csp';

/** Extensions copied onto the site, with the types Strapi may record for them. */
const PASSIVE: Record<string, readonly string[]> = {
  png: ['image/png'],
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  gif: ['image/gif'],
  webp: ['image/webp'],
  avif: ['image/avif'],
  pdf: ['application/pdf'],
  odt: ['application/vnd.oasis.opendocument.text'],
  ods: ['application/vnd.oasis.opendocument.spreadsheet'],
  odp: ['application/vnd.oasis.opendocument.presentation'],
  odg: ['application/vnd.oasis.opendocument.graphics'],
  doc: ['application/msword'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  xls: ['application/vnd.ms-excel'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ppt: ['application/vnd.ms-powerpoint'],
  pptx: ['application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  txt: ['text/plain'],
  csv: ['text/csv', 'text/plain'],
  zip: ['application/zip', 'application/x-zip-compressed'],
  epub: ['application/epub+zip'],
  mp3: ['audio/mpeg'],
  ogg: ['audio/ogg', 'video/ogg'],
  mp4: ['video/mp4'],
  webm: ['video/webm', 'audio/webm'],
};

/** A relative path under /uploads/ without `.` or `..` segments, backslashes or control characters: safe to join to a folder. */
// eslint-disable-next-line no-control-regex -- control characters are what this excludes
const SAFE_PATH = /^(?!.*\/\.\.?(?:\/|$))\/uploads\/[^\\\u0000-\u001f]+$/;

/** The path on the site of an upload, when the build copies it (a passive type at a safe path). */
export function sitePathOf(url: string, mime: string): string | undefined {
  const pathname = uploadPath(url);
  if (!pathname || !SAFE_PATH.test(pathname)) return undefined;
  const extension = path.posix.extname(pathname).slice(1).toLowerCase();
  return PASSIVE[extension]?.includes(mime.toLowerCase()) ? pathname : undefined;
}

/** Where a page links a file: its copy on the site, or the CMS's public address for other types. */
export function fileHref(url: string, mime: string): string {
  return sitePathOf(url, mime) ?? (/^https?:\/\//i.test(url) ? url : `${publicCmsUrl()}${url}`);
}

/** The uploads a body may show as responsive images: copied ones only, so every size named is served. */
export function bodyImages(snapshot: Pick<Snapshot, 'uploads'>): UploadImage[] {
  return (snapshot.uploads ?? []).filter((file) => sitePathOf(file.url, file.mime) !== undefined);
}

/** One file a build copies: its path on the site, and its size as Strapi recorded it (kB, two decimals). */
export interface UploadCopy {
  path: string;
  kb: number | null;
}

/** A fiche's attachments, as the REST API populates them. */
const attachmentsOf = (entry: RawEntry): UploadFile[] => (Array.isArray(entry.attachments) ? (entry.attachments as UploadFile[]) : []);

/**
 * Every file the pages use: body images with each of their generated sizes, and the fiches'
 * attachments (the file itself: the list links to it).
 */
export function uploadsToCopy(snapshot: { uploads?: UploadFile[]; collections?: { fiches?: Partial<Record<Locale, RawEntry[]>> } }): UploadCopy[] {
  const copies = new Map<string, UploadCopy>();
  const add = (url: string, mime: string, kb: number | undefined) => {
    const sitePath = sitePathOf(url, mime);
    if (sitePath) copies.set(sitePath, { path: sitePath, kb: typeof kb === 'number' ? kb : null });
  };
  for (const file of snapshot.uploads ?? []) {
    add(file.url, file.mime, file.size);
    for (const format of Object.values(file.formats ?? {})) add(format.url, format.mime ?? file.mime, format.size);
  }
  for (const entries of Object.values(snapshot.collections?.fiches ?? {})) {
    for (const entry of entries) for (const file of attachmentsOf(entry)) add(file.url, file.mime, file.size);
  }
  return [...copies.values()].sort((a, b) => a.path.localeCompare(b.path));
}

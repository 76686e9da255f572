/**
 * A file's type in words and its size in the reader's units, for the lists of attachments:
 * « PDF, 1,2 Mo », « Document texte (ODT), 48 ko ». The words are UI strings (i18n/files.*.json),
 * keyed by the file's kind; the kind comes from its media type, or its extension when Strapi
 * recorded a vague one (application/octet-stream).
 */
import path from 'node:path';
import { LANG_TAGS, t, type Locale } from './i18n';

/** Media types and extensions of the kinds the strings name (files.type.<kind>). */
const KINDS: { kind: string; mimes: string[]; extensions: string[] }[] = [
  { kind: 'pdf', mimes: ['application/pdf'], extensions: ['pdf'] },
  { kind: 'png', mimes: ['image/png'], extensions: ['png'] },
  { kind: 'jpeg', mimes: ['image/jpeg'], extensions: ['jpg', 'jpeg'] },
  { kind: 'gif', mimes: ['image/gif'], extensions: ['gif'] },
  { kind: 'webp', mimes: ['image/webp'], extensions: ['webp'] },
  { kind: 'svg', mimes: ['image/svg+xml'], extensions: ['svg'] },
  { kind: 'odt', mimes: ['application/vnd.oasis.opendocument.text'], extensions: ['odt'] },
  { kind: 'ods', mimes: ['application/vnd.oasis.opendocument.spreadsheet'], extensions: ['ods'] },
  { kind: 'odp', mimes: ['application/vnd.oasis.opendocument.presentation'], extensions: ['odp'] },
  { kind: 'docx', mimes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/msword'], extensions: ['docx', 'doc'] },
  { kind: 'xlsx', mimes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel'], extensions: ['xlsx', 'xls'] },
  {
    kind: 'pptx',
    mimes: ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'application/vnd.ms-powerpoint'],
    extensions: ['pptx', 'ppt'],
  },
  { kind: 'csv', mimes: ['text/csv'], extensions: ['csv'] },
  { kind: 'text', mimes: ['text/plain'], extensions: ['txt'] },
  { kind: 'zip', mimes: ['application/zip', 'application/x-zip-compressed'], extensions: ['zip'] },
  { kind: 'audio', mimes: ['audio/'], extensions: ['mp3', 'oga'] },
  { kind: 'video', mimes: ['video/'], extensions: ['mp4', 'webm'] },
];

const extensionOf = (name: string) => path.posix.extname(name).slice(1).toLowerCase();

function kindOf(mime: string, name: string): string | undefined {
  const type = mime.toLowerCase();
  const byMime = KINDS.find((k) => k.mimes.some((m) => (m.endsWith('/') ? type.startsWith(m) : type === m)));
  return (byMime ?? KINDS.find((k) => k.extensions.includes(extensionOf(name))))?.kind;
}

/** « PDF », « Image PNG », « Document texte (ODT) »…; « Fichier XYZ » for kinds without words. */
export function fileTypeLabel(locale: Locale, mime: string, name: string): string {
  const kind = kindOf(mime, name);
  if (kind) return t(locale, `files.type.${kind}`);
  const extension = extensionOf(name).toUpperCase();
  return extension ? t(locale, 'files.type.other', { extension }) : t(locale, 'files.type.unknown');
}

/** Types a browser shows itself: their link opens them; other files are saved under their own name. */
const SHOWN_IN_BROWSER = new Set(['pdf', 'png', 'jpeg', 'gif', 'webp', 'text', 'audio', 'video']);
export const opensInBrowser = (mime: string, name: string) => SHOWN_IN_BROWSER.has(kindOf(mime, name) ?? '');

/** Units of 1,000, as Strapi counts (its `size` is in kB). */
const UNITS = ['bytes', 'kilo', 'mega', 'giga'] as const;

/** A size Strapi recorded in kB, in the reader's words: « 1,2 Mo », « 48 ko », « 512 octets ». */
export function formatFileSize(locale: Locale, kb: number): string {
  let value = kb * 1000;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  // One decimal below 10 (« 1,2 Mo »), none above (« 48 ko »): the precision a download needs.
  const digits = unit > 0 && value < 10 ? 1 : 0;
  const size = new Intl.NumberFormat(LANG_TAGS[locale], { maximumFractionDigits: digits }).format(unit === 0 ? Math.round(value) : value);
  return t(locale, `files.size.${UNITS[unit]}`, { size, count: Math.round(value) });
}

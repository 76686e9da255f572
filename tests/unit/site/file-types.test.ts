/// <reference types="vite/client" />
// vite/client: the UI strings are read with import.meta.glob (site/src/lib/i18n-strings.ts).
import { describe, expect, it } from 'vitest';
import { fileTypeLabel, formatFileSize, opensInBrowser } from '../../../site/src/lib/file-types';
import { fileHref, sitePathOf, uploadsToCopy } from '../../../site/src/lib/uploads';

/** Sizes are written with a no-break space before the unit, so « 1,2 » and « Mo » never part. */
const NBSP = '\u00a0';

describe('attachments in words', () => {
  it('should name common types in French', () => {
    expect(fileTypeLabel('fr', 'application/pdf', 'guide.pdf')).toBe('PDF');
    expect(fileTypeLabel('fr', 'image/png', 'ecran.png')).toBe('Image PNG');
    expect(fileTypeLabel('fr', 'application/vnd.oasis.opendocument.text', 'suivi.odt')).toBe('Document texte (ODT)');
  });

  it('should read the extension when Strapi recorded a vague type, and name unknown kinds by their extension', () => {
    expect(fileTypeLabel('fr', 'application/octet-stream', 'tableau.ods')).toBe('Tableur (ODS)');
    expect(fileTypeLabel('fr', 'application/x-iso9660-image', 'linux.iso')).toBe('Fichier ISO');
    expect(fileTypeLabel('en', 'application/octet-stream', 'sans-extension')).toBe('File');
  });

  it('should name types in Breton and English', () => {
    expect(fileTypeLabel('br', 'image/jpeg', 'a.jpg')).toBe('Skeudenn JPEG');
    expect(fileTypeLabel('en', 'application/vnd.oasis.opendocument.text', 'a.odt')).toBe('Text document (ODT)');
  });

  it('should write sizes in French units with a decimal comma', () => {
    expect(formatFileSize('fr', 1234.5)).toBe(`1,2${NBSP}Mo`);
    expect(formatFileSize('fr', 48.2)).toBe(`48${NBSP}ko`);
    expect(formatFileSize('fr', 0.51)).toBe(`510${NBSP}octets`);
    expect(formatFileSize('fr', 2_500_000)).toBe(`2,5${NBSP}Go`);
  });

  it('should write sizes in English units', () => {
    expect(formatFileSize('en', 1234.5)).toBe(`1.2${NBSP}MB`);
    expect(formatFileSize('en', 0.001)).toBe(`1${NBSP}byte`);
  });

  it('should let the browser open PDFs and images, and save other documents', () => {
    expect(opensInBrowser('application/pdf', 'a.pdf')).toBe(true);
    expect(opensInBrowser('application/vnd.oasis.opendocument.text', 'a.odt')).toBe(false);
  });
});

describe('which uploads the build copies', () => {
  it('should copy passive types only, at their /uploads path', () => {
    expect(sitePathOf('/uploads/guide_1a.pdf', 'application/pdf')).toBe('/uploads/guide_1a.pdf');
    expect(sitePathOf('http://cms.example/uploads/ecran_2b.png', 'image/png')).toBe('/uploads/ecran_2b.png');
    expect(sitePathOf('/uploads/logo_3c.svg', 'image/svg+xml')).toBeUndefined();
    expect(sitePathOf('/uploads/page_4d.html', 'text/html')).toBeUndefined();
  });

  it('should not copy a file whose extension and recorded type disagree (an HTML page named .pdf is not a PDF)', () => {
    expect(sitePathOf('/uploads/page_5e.html', 'application/pdf')).toBeUndefined();
    expect(sitePathOf('/uploads/page_5e.pdf', 'text/html')).toBeUndefined();
  });

  it('should refuse a path that would leave the uploads folder', () => {
    expect(sitePathOf('/uploads/../../etc/passwd.png', 'image/png')).toBeUndefined();
    expect(sitePathOf('/uploads/a/..\\b.png', 'image/png')).toBeUndefined();
  });

  it('should link a file the build does not copy at the CMS’s public address', () => {
    expect(fileHref('/uploads/logo_3c.svg', 'image/svg+xml')).toMatch(/^https?:\/\/[^/]+\/uploads\/logo_3c\.svg$/);
    expect(fileHref('/uploads/guide_1a.pdf', 'application/pdf')).toBe('/uploads/guide_1a.pdf');
  });

  it('should list body images with every generated size, and attachments, once each', () => {
    const image = { url: '/uploads/e_1.png', name: 'e.png', alternativeText: 'e', width: 800, height: 600, mime: 'image/png', size: 12.5 };
    const copies = uploadsToCopy({
      uploads: [{ ...image, formats: { small: { url: '/uploads/small_e_1.png', width: 500, height: 375, mime: 'image/png', size: 6.1 } } }],
      collections: {
        fiches: {
          fr: [
            {
              documentId: 'd',
              attachments: [
                { ...image, formats: null },
                { ...image, url: '/uploads/x_2.svg', mime: 'image/svg+xml' },
              ],
            },
          ],
        },
      },
    });

    expect(copies).toEqual([
      { path: '/uploads/e_1.png', kb: 12.5 },
      { path: '/uploads/small_e_1.png', kb: 6.1 },
    ]);
  });
});

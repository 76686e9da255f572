import type { Core } from '@strapi/strapi';
import { validationError } from '@reseau-epn/platform/strapi';

/** The site targets RGAA: every image it shows needs a text alternative, written when it is uploaded. */
export const ALT_TEXT_REQUIRED = 'texte alternatif obligatoire pour une image (RGAA)';

/** A file as the upload controllers hand it to the service (formidable's file, checked by Strapi). */
interface IncomingFile {
  mimetype?: string | null;
  /** Set by Strapi's upload security check from the file's bytes. */
  detectedMimeType?: string;
}

interface FileInfo {
  alternativeText?: string | null;
}

interface StoredFile {
  mime: string;
  alternativeText?: string | null;
}

/** The upload plugin's `upload` service (5.54), as far as wrapped here. */
interface UploadService {
  upload(input: { data: { fileInfo?: FileInfo | FileInfo[] }; files: IncomingFile | IncomingFile[] }, opts?: unknown): Promise<unknown>;
  updateFileInfo(id: string | number, info: FileInfo, opts?: unknown): Promise<unknown>;
  replace(id: string | number, input: { data: { fileInfo?: FileInfo }; file: IncomingFile }, opts?: unknown): Promise<unknown>;
  findOne(id: string | number): Promise<StoredFile | null>;
}

/** The MIME type the upload service will store: the detected one, else the declared one (as Strapi does). */
const mimeOf = (file: IncomingFile) => file.detectedMimeType ?? (file.mimetype !== 'application/octet-stream' ? file.mimetype : undefined) ?? '';
const isImage = (mime: string | null | undefined) => typeof mime === 'string' && mime.startsWith('image/');
const isBlank = (text: string | null | undefined) => typeof text !== 'string' || text.trim() === '';

function refuse(): never {
  // « alternativeText : … », in Strapi's ValidationError shape: the admin's upload dialog shows the message.
  throw validationError([{ path: ['alternativeText'], message: ALT_TEXT_REQUIRED }]);
}

/**
 * Refuses an image without alternative text wherever the media library writes one: upload (admin
 * and content API), metadata edit and file replacement. Checked in the upload service, before any
 * byte reaches the provider, so a refused upload leaves no file behind. PDFs and other files pass.
 */
export function requireImageAltText(strapi: Core.Strapi): void {
  strapi.get('services').extend('plugin::upload.upload', (service: UploadService): UploadService => ({
    ...service,
    async upload(input, opts) {
      const files = Array.isArray(input.files) ? input.files : [input.files];
      const infos = Array.isArray(input.data.fileInfo) ? input.data.fileInfo : [input.data.fileInfo];
      if (files.some((file, index) => isImage(mimeOf(file)) && isBlank(infos[index]?.alternativeText))) refuse();
      return service.upload(input, opts);
    },
    async updateFileInfo(id, info, opts) {
      const stored = await service.findOne(id);
      // As Strapi does: an absent alternative text keeps the stored one.
      const alternativeText = info.alternativeText ?? stored?.alternativeText;
      if (stored && isImage(stored.mime) && isBlank(alternativeText)) refuse();
      return service.updateFileInfo(id, info, opts);
    },
    async replace(id, input, opts) {
      const stored = await service.findOne(id);
      const given = input.data.fileInfo?.alternativeText;
      const alternativeText = given === undefined ? stored?.alternativeText : given;
      if (isImage(mimeOf(input.file)) && isBlank(alternativeText)) refuse();
      return service.replace(id, input, opts);
    },
  }));
}

import type { Core, UID } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';

export type Outcome = 'created' | 'updated';

interface Unpublishable {
  unpublish(params: { documentId: string; locale?: string }): Promise<unknown>;
}

interface UpsertInput {
  /** Filters that find the entry by its stable key (slug, reference, inventory number). */
  filters: Record<string, unknown>;
  locale?: string;
  data: Record<string, unknown>;
  /** For draft-and-publish types: publish the entry, or keep it as a draft only. */
  publish?: boolean;
}

/**
 * Creates or updates one document through the Document Service (so validation, i18n and
 * draft-and-publish behave as in the admin). A published entry is written with
 * `status: 'published'`: Strapi validates it fully before writing the draft or the published
 * version, so an invalid entry leaves nothing behind.
 */
export async function upsertDocument(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  { filters, locale, data, publish = true }: UpsertInput,
): Promise<{ documentId: string; outcome: Outcome }> {
  const documents = strapi.documents(uid);
  const withDraft = contentTypes.hasDraftAndPublish(strapi.contentType(uid));
  const status = withDraft ? ({ status: 'draft' } as const) : {};
  const existing = await documents.findFirst({ filters, locale, ...status });

  const target = withDraft && publish ? ({ status: 'published' } as const) : {};
  let documentId: string;
  if (existing) {
    documentId = existing.documentId;
    await documents.update({ documentId, locale, data, ...target });
  } else {
    documentId = (await documents.create({ locale, data, ...target })).documentId;
  }

  // `unpublish` is typed only for uids known to have draft and publish; `withDraft` checked it at run time.
  if (withDraft && !publish && existing) await (documents as unknown as Unpublishable).unpublish({ documentId, locale });
  return { documentId, outcome: existing ? 'updated' : 'created' };
}

/** Adds or updates a translation of an existing document. */
export async function upsertTranslation(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  { documentId, locale, data, publish = true }: { documentId: string; locale: string; data: Record<string, unknown>; publish?: boolean },
): Promise<Outcome> {
  const documents = strapi.documents(uid);
  const withDraft = contentTypes.hasDraftAndPublish(strapi.contentType(uid));
  const existing = await documents.findOne({ documentId, locale, ...(withDraft ? { status: 'draft' } : {}) });
  await documents.update({ documentId, locale, data, ...(withDraft && publish ? { status: 'published' } : {}) });
  return existing ? 'updated' : 'created';
}

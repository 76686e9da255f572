import type { Core, Modules, UID } from '@strapi/strapi';
import { PLUGIN_ID } from '../../../shared/permissions';

/** Not content: kept by Strapi itself, or the edit summary that travels with a save. */
const SYSTEM = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'editSummary']);

type Attribute = { type: string; relation?: string; multiple?: boolean; repeatable?: boolean };
/** A populated relation or media entry: only its identifiers are kept. */
type Linked = { id?: number; documentId?: string } | null | undefined;

/** Components keep their values, not their row ids (which change on every save). */
function stripIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'id' && k !== '__component' && k !== 'documentId')
        .map(([k, v]) => [k, stripIds(v)]),
    );
  }
  return value;
}

/** One field of a version as a revision keeps it. */
function captureField(attribute: Attribute, value: unknown): unknown {
  if (attribute.type === 'relation') {
    const linked = value as Linked | Linked[];
    return Array.isArray(linked) ? linked.map((v) => v?.documentId) : (linked?.documentId ?? linked?.id ?? null);
  }
  if (attribute.type === 'media') {
    const linked = value as Linked | Linked[];
    return Array.isArray(linked) ? linked.map((m) => m?.id) : (linked?.id ?? null);
  }
  if (attribute.type === 'component' || attribute.type === 'dynamiczone') return stripIds(value ?? null);
  return value ?? null;
}

/** What a version of a document is: its fields, relations by documentId, media by id. */
export async function captureContent(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  documentId: string,
  locale: string | undefined,
): Promise<Record<string, unknown> | null> {
  const attributes = strapi.contentType(uid).attributes as Record<string, Attribute>;
  const untracked = (strapi.plugin(PLUGIN_ID).config('untrackedFields') as Record<string, string[]>)[uid] ?? [];
  const tracked = Object.entries(attributes).filter(([name]) => !SYSTEM.has(name) && !untracked.includes(name));
  // Attribute names read from the schema at run time: the generated types cannot list them for any type.
  const populate = tracked
    .filter(([, a]) => ['relation', 'media', 'component', 'dynamiczone'].includes(a.type))
    .map(([name]) => name) as Modules.Documents.Params.Populate.ArrayNotation<UID.ContentType>;
  // Read field by field from the schema's attributes: a record, whatever the type.
  const doc = (await strapi.documents(uid).findOne({ documentId, locale, status: 'draft', populate })) as Record<string, unknown> | null;
  if (!doc) return null;
  return Object.fromEntries(tracked.map(([name, attribute]) => [name, captureField(attribute, doc[name])]));
}

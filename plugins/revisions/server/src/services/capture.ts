import type { Core, UID } from '@strapi/strapi';

/** Not content: kept by Strapi itself, or the edit summary that travels with a save. */
const SYSTEM = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'editSummary']);

type Attribute = { type: string; relation?: string; multiple?: boolean; repeatable?: boolean };

/** Components keep their values, not their row ids (which change on every save). */
function stripIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'id' && k !== '__component' && k !== 'documentId').map(([k, v]) => [k, stripIds(v)]));
  }
  return value;
}

/** What a version of a document is: its fields, relations by documentId, media by id. */
export async function captureContent(strapi: Core.Strapi, uid: string, documentId: string, locale: string | undefined): Promise<Record<string, unknown> | null> {
  const attributes = strapi.contentType(uid as UID.ContentType).attributes as Record<string, Attribute>;
  const tracked = Object.entries(attributes).filter(([name]) => !SYSTEM.has(name));
  const populate = tracked.filter(([, a]) => ['relation', 'media', 'component', 'dynamiczone'].includes(a.type)).map(([name]) => name);
  const doc = (await strapi.documents(uid as never).findOne({ documentId, locale, status: 'draft', populate } as never)) as Record<string, any> | null;
  if (!doc) return null;

  const content: Record<string, unknown> = {};
  for (const [name, attribute] of tracked) {
    const value = doc[name];
    if (attribute.type === 'relation') {
      content[name] = Array.isArray(value) ? value.map((v) => v.documentId) : (value?.documentId ?? value?.id ?? null);
    } else if (attribute.type === 'media') {
      content[name] = Array.isArray(value) ? value.map((m) => m.id) : (value?.id ?? null);
    } else if (attribute.type === 'component' || attribute.type === 'dynamiczone') {
      content[name] = stripIds(value ?? null);
    } else {
      content[name] = value ?? null;
    }
  }
  return content;
}

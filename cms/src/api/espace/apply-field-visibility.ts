import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';
import { ESPACE_FIELD_VISIBILITY, type EspaceField } from './field-visibility';

/**
 * Applies the field-visibility table to the espace type at `register()`, before any route or
 * sanitizer reads the schema: a `network` field gets Strapi's `private` flag, which the content
 * API's sanitizers and query validators read from the registered attribute on every request
 * (`contentTypes.isPrivateAttribute` in @strapi/utils), so the field is stripped from every
 * response, refused in `populate`, `filters` and `sort`, and left out of the generated types'
 * public shape. The Content Manager ignores the flag: the network still reads and saves it in
 * the admin panel. A `public` field loses any flag a schema edit might have added, so the
 * table stays the single decision.
 */
export function applyEspaceFieldVisibility(strapi: Core.Strapi): void {
  strapi.get('content-types').extend(UIDS.espace, (contentType: { attributes: Record<string, { private?: boolean }> }) => {
    // A field added to the schema without a decision stays out of public responses until one is
    // made (the unit test tests/unit/espace-field-visibility.test.ts fails meanwhile).
    const undecided = Object.keys(contentType.attributes).filter((field) => isUserField(field) && !(field in ESPACE_FIELD_VISIBILITY));
    for (const field of undecided) contentType.attributes[field].private = true;
    if (undecided.length > 0)
      strapi.log.warn(`espace: no visibility decided for ${undecided.join(', ')}; kept private (cms/src/api/espace/field-visibility.ts)`);

    for (const [field, visibility] of Object.entries(ESPACE_FIELD_VISIBILITY) as [EspaceField, string][]) {
      const attribute = contentType.attributes[field];
      if (!attribute) throw new Error(`espace: the visibility table names ${field}, which the schema lacks`);
      if (visibility === 'network') attribute.private = true;
      else delete attribute.private;
    }
  });
}

/** Strapi adds its own attributes (ids, dates, locale, creator) to every type; the table decides the schema's. */
const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);
const isUserField = (field: string) => !SYSTEM_FIELDS.has(field);

import * as React from 'react';
import { unstable_useDocument as useDocument, useQueryParams } from '@strapi/strapi/admin';

/**
 * Query params of the edit view as the Content Manager sends them to its API
 * (`plugins[i18n][locale]` → `locale`), so that `useDocument` hits the edit view's own query.
 */
export function documentParams(query: Record<string, unknown>): Record<string, unknown> {
  const { plugins, ...rest } = query;
  const fromPlugins = Object.values(typeof plugins === 'object' && plugins !== null ? plugins : {}).reduce<Record<string, unknown>>(
    (acc, value) => (typeof value === 'object' && value !== null ? Object.assign(acc, value) : acc),
    {},
  );
  return { ...rest, ...fromPlugins };
}

/** The edit view's document params (`locale`…), from its URL. */
export function useEditViewParams(): Record<string, unknown> {
  const [{ query }] = useQueryParams<Record<string, unknown>>();
  return React.useMemo(() => documentParams(query), [query]);
}

export interface EditViewEntry {
  collectionType: string;
  model: string;
  documentId: string;
}

/**
 * Refetches the edit view's own query of the entry. A panel that changed the entry on the
 * server (a transition, a restore) calls it: the form would otherwise still hold the old
 * values, and could write them back on save.
 */
export function useRefetchEditView({ collectionType, model, documentId }: EditViewEntry): () => void {
  const params = useEditViewParams();
  return useDocument({ collectionType, model, documentId, params }).refetch;
}

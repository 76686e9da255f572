/**
 * The revisions' admin routes for one document, typed by the contracts the server shares
 * (plugins/revisions/shared). Requests go through Strapi's admin fetch client (`useFetchClient`),
 * which adds the admin's URL and token and aborts when the component that asked unmounts.
 */
import type { FetchClient } from '@strapi/strapi/admin';
import type { RevisionDiff, RevisionSummary } from '../../../shared/contracts';
import { PLUGIN_ID } from '../constants';

export interface DocumentRef {
  uid: string;
  documentId: string;
}

const documentPath = ({ uid, documentId }: DocumentRef) => `/${PLUGIN_ID}/${uid}/${encodeURIComponent(documentId)}`;

export const revisionsApi = ({ get, post }: Pick<FetchClient, 'get' | 'post'>) => ({
  /** GET /revisions/:uid/:documentId: the versions of one locale (every one kept, in no promised order). */
  list: async (document: DocumentRef, locale?: string): Promise<RevisionSummary[]> =>
    (await get<{ data: RevisionSummary[] }>(documentPath(document), { params: locale ? { locale } : {} })).data.data,

  /** POST …/:id/restore: the version becomes the current draft (a new version); answers the new list. */
  restore: async (document: DocumentRef, id: number): Promise<RevisionSummary[]> =>
    (await post<{ data: RevisionSummary[] }>(`${documentPath(document)}/${id}/restore`)).data.data,

  /** GET …/diff?from=&to=: what changed from one version to the other, field by field. */
  diff: async (document: DocumentRef, from: number, to: number): Promise<RevisionDiff> =>
    (await get<{ data: RevisionDiff }>(`${documentPath(document)}/diff`, { params: { from, to } })).data.data,
});

export type RevisionsApi = ReturnType<typeof revisionsApi>;

import * as React from 'react';
import { useAdminData } from '@reseau-epn/admin-kit';
import { useIntl } from 'react-intl';
import type { RevisionDiff } from '../../../shared/contracts';
import type { DocumentRef } from '../services/revisions-api';
import { getTranslation } from '../utils/getTranslation';
import { useRevisionsApi } from './useRevisionsApi';

/** What changed between two versions of a document (ids, the older first), loaded when asked. */
export function useRevisionDiff(entry: DocumentRef, from: number, to: number) {
  const { formatMessage } = useIntl();
  const api = useRevisionsApi();
  const { uid, documentId } = entry;
  const load = React.useCallback(() => api.diff({ uid, documentId }, from, to), [api, uid, documentId, from, to]);
  const { data, error } = useAdminData<RevisionDiff>({
    load,
    notifyOnError: true,
    fallbackMessage: formatMessage({ id: getTranslation('diff.error'), defaultMessage: 'Impossible de comparer ces versions.' }),
  });
  return { diff: data, error };
}

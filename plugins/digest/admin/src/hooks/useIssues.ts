import * as React from 'react';
import { type AdminData, useAdminData } from '@reseau-epn/admin-kit';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { IssuesResponse } from '../../../shared/contracts';
import { PLUGIN_ID } from '../constants';
import { getTranslation } from '../utils/getTranslation';

/** GET /digest/issues: the issues already sent with their counts, and the run in progress if any. */
export function useIssues(): AdminData<IssuesResponse> {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const load = React.useCallback(async () => (await get<IssuesResponse>(`/${PLUGIN_ID}/issues`)).data, [get]);
  return useAdminData({
    load,
    fallbackMessage: formatMessage({ id: getTranslation('issues.error'), defaultMessage: 'Impossible de charger les lettres envoyées.' }),
  });
}

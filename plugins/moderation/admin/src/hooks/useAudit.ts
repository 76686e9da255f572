import * as React from 'react';
import { type AdminData, useAdminData } from '@reseau-epn/admin-kit';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { AuditEntry, ListAnswer } from '../../../shared/contracts';
import { AUDIT_PAGE_SIZE, PLUGIN_ID } from '../constants';
import { getTranslation } from '../utils/getTranslation';

/** GET /moderation/audit: one page of the journal, newest first. */
export function useAudit(page: number): AdminData<ListAnswer<AuditEntry>> {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const load = React.useCallback(
    async () => (await get<ListAnswer<AuditEntry>>(`/${PLUGIN_ID}/audit?page=${page}&pageSize=${AUDIT_PAGE_SIZE}`)).data,
    [get, page],
  );
  return useAdminData({
    load,
    fallbackMessage: formatMessage({ id: getTranslation('audit.error'), defaultMessage: 'Impossible de charger le journal.' }),
  });
}

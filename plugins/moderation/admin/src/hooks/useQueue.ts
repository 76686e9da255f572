import * as React from 'react';
import { type AdminData, useAdminData } from '@reseau-epn/admin-kit';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { ListAnswer, QueueItem } from '../../../shared/contracts';
import { PLUGIN_ID } from '../constants';
import { getTranslation } from '../utils/getTranslation';

/** GET /moderation/queue?kind=: the posts that wait for a decision, or were flagged. */
export function useQueue(kind: 'pending' | 'flagged'): AdminData<ListAnswer<QueueItem>> {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const load = React.useCallback(async () => (await get<ListAnswer<QueueItem>>(`/${PLUGIN_ID}/queue?kind=${kind}`)).data, [get, kind]);
  return useAdminData({
    load,
    fallbackMessage: formatMessage({ id: getTranslation('queue.error'), defaultMessage: 'Impossible de charger la file de modération.' }),
  });
}

import * as React from 'react';
import { useAdminData } from '@reseau-epn/admin-kit';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { ForumCategory, ListAnswer } from '../../../shared/contracts';
import { getTranslation } from '../utils/getTranslation';

/** The forum's categories (its public route), for « Déplacer ». */
export function useCategories() {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const load = React.useCallback(async () => (await get<ListAnswer<ForumCategory>>('/api/forum/categories')).data.data, [get]);
  return useAdminData({
    load,
    fallbackMessage: formatMessage({ id: getTranslation('move.error'), defaultMessage: 'Impossible de charger les catégories.' }),
  });
}

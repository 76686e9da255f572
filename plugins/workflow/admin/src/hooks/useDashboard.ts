import { type AdminData, useAdminData } from '@reseau-epn/admin-kit';
import { useIntl } from 'react-intl';
import type { DashboardData } from '../../../shared/contracts';
import { getTranslation } from '../utils/getTranslation';
import { useWorkflowApi } from './useWorkflowApi';

/** The « Tableau de bord »'s figures, loaded on mount; `reload` for the « Actualiser » button. */
export function useDashboard(): AdminData<DashboardData> {
  const { formatMessage } = useIntl();
  const { getDashboard } = useWorkflowApi();
  return useAdminData({
    load: getDashboard,
    fallbackMessage: formatMessage({
      id: getTranslation('dashboard.error'),
      defaultMessage: 'Impossible de charger le tableau de bord.',
    }),
  });
}

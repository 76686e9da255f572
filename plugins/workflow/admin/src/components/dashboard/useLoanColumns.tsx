import { formatDay } from '@reseau-epn/admin-kit';
import { useIntl } from 'react-intl';
import type { LoanSummary } from '../../../../shared/contracts';
import { PRET_UID } from '../../constants';
import { getTranslation } from '../../utils/getTranslation';
import { useStateLabel } from '../../utils/states';
import type { Column } from './DataTable';
import { EditLink } from './EditLink';

/** The columns every loan table shares: reference, equipment, borrower, dates, state. */
export const useLoanColumns = (): Column<LoanSummary>[] => {
  const { formatMessage } = useIntl();
  const stateLabel = useStateLabel();
  return [
    {
      id: 'reference',
      header: formatMessage({ id: getTranslation('dashboard.column.reference'), defaultMessage: 'Référence' }),
      cell: (loan) => (
        <EditLink uid={PRET_UID} documentId={loan.documentId}>
          {loan.reference || loan.documentId}
        </EditLink>
      ),
    },
    {
      id: 'equipment',
      header: formatMessage({ id: getTranslation('dashboard.column.equipment'), defaultMessage: 'Équipement' }),
      cell: (loan) => loan.equipment,
    },
    {
      id: 'space',
      header: formatMessage({ id: getTranslation('dashboard.column.borrower'), defaultMessage: 'Espace emprunteur' }),
      cell: (loan) => loan.space,
    },
    {
      id: 'start',
      header: formatMessage({ id: getTranslation('dashboard.column.start'), defaultMessage: 'Début' }),
      cell: (loan) => <time dateTime={loan.startDate}>{formatDay(loan.startDate)}</time>,
    },
    {
      id: 'end',
      header: formatMessage({ id: getTranslation('dashboard.column.end'), defaultMessage: 'Fin' }),
      cell: (loan) => <time dateTime={loan.endDate}>{formatDay(loan.endDate)}</time>,
    },
    {
      id: 'state',
      header: formatMessage({ id: getTranslation('dashboard.column.state'), defaultMessage: 'État' }),
      cell: (loan) => stateLabel(loan.state),
    },
  ];
};

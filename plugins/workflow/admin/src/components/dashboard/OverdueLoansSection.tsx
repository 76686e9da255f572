import { daysBetween, parisToday } from '@reseau-epn/platform';
import { useIntl } from 'react-intl';
import type { LoanSummary } from '../../../../shared/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { DataTable } from './DataTable';
import { Section } from './Section';
import { useLoanColumns } from './useLoanColumns';

/** « Prêts en retard », the longest overdue first, with the days of delay counted in Paris. */
export const OverdueLoansSection = ({ loans }: { loans: LoanSummary[] }) => {
  const { formatMessage } = useIntl();
  const columns = useLoanColumns();
  const today = parisToday();
  const title = formatMessage({ id: getTranslation('dashboard.overdue.title'), defaultMessage: 'Prêts en retard' });
  return (
    <Section title={title}>
      <DataTable
        label={title}
        rows={[...loans].sort((a, b) => a.endDate.localeCompare(b.endDate))}
        rowKey={(loan) => loan.documentId}
        empty={formatMessage({ id: getTranslation('dashboard.overdue.empty'), defaultMessage: 'Aucun prêt en retard.' })}
        columns={[
          ...columns,
          {
            id: 'late',
            header: formatMessage({ id: getTranslation('dashboard.column.daysLate'), defaultMessage: 'Retard (jours)' }),
            cell: (loan) => daysBetween(loan.endDate, today),
          },
        ]}
      />
    </Section>
  );
};

import { useIntl } from 'react-intl';
import type { DashboardData } from '../../../../shared/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { DataTable } from './DataTable';
import { Section } from './Section';
import { SubSection } from './SubSection';
import { useLoanColumns } from './useLoanColumns';

/** « Prêts de la semaine »: the loans starting this week, then those ending. */
export const WeekLoansSection = ({ loans }: { loans: DashboardData['loans'] }) => {
  const { formatMessage } = useIntl();
  const columns = useLoanColumns();
  const starting = formatMessage({ id: getTranslation('dashboard.loans.starting'), defaultMessage: 'Commençant cette semaine' });
  const ending = formatMessage({ id: getTranslation('dashboard.loans.ending'), defaultMessage: 'Se terminant cette semaine' });
  return (
    <Section title={formatMessage({ id: getTranslation('dashboard.loans.title'), defaultMessage: 'Prêts de la semaine' })}>
      <SubSection title={starting}>
        <DataTable
          label={formatMessage({ id: getTranslation('dashboard.loans.startingTable'), defaultMessage: 'Prêts commençant cette semaine' })}
          rows={loans.startingThisWeek}
          rowKey={(loan) => loan.documentId}
          empty={formatMessage({ id: getTranslation('dashboard.loans.startingEmpty'), defaultMessage: 'Aucun prêt ne commence cette semaine.' })}
          columns={columns}
        />
      </SubSection>
      <SubSection title={ending}>
        <DataTable
          label={formatMessage({ id: getTranslation('dashboard.loans.endingTable'), defaultMessage: 'Prêts se terminant cette semaine' })}
          rows={loans.endingThisWeek}
          rowKey={(loan) => loan.documentId}
          empty={formatMessage({ id: getTranslation('dashboard.loans.endingEmpty'), defaultMessage: 'Aucun prêt ne se termine cette semaine.' })}
          columns={columns}
        />
      </SubSection>
    </Section>
  );
};

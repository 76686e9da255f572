import { Grid } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { DashboardData } from '../../../../shared/contracts';
import { formatHours } from '../../utils/format';
import { getTranslation } from '../../utils/getTranslation';
import { type Column, DataTable } from './DataTable';
import { NoValue } from './NoValue';
import { Section } from './Section';
import { SubSection } from './SubSection';

type Timing = DashboardData['responseTimes'][number];

/** « Délais de traitement »: the medians by space and by category, side by side. */
export const ResponseTimesSection = ({ timings }: { timings: Timing[] }) => {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: getTranslation('dashboard.times.title'), defaultMessage: 'Délais de traitement' });
  const empty = formatMessage({ id: getTranslation('dashboard.times.empty'), defaultMessage: 'Aucune intervention pour l’instant.' });
  const hours = (value: number | null) => (value === null ? <NoValue /> : formatHours(value));
  const columns = (keyHeader: string): Column<Timing>[] => [
    { id: 'key', header: keyHeader, cell: (row) => row.key },
    {
      id: 'firstResponse',
      header: formatMessage({
        id: getTranslation('dashboard.column.firstResponse'),
        defaultMessage: 'Médiane du premier délai de réponse (h)',
      }),
      cell: (row) => hours(row.firstResponseHours),
    },
    {
      id: 'resolution',
      header: formatMessage({ id: getTranslation('dashboard.column.resolution'), defaultMessage: 'Médiane du délai de résolution (h)' }),
      cell: (row) => hours(row.resolutionHours),
    },
    {
      id: 'count',
      header: formatMessage({ id: getTranslation('dashboard.column.count'), defaultMessage: 'Nombre' }),
      cell: (row) => row.count,
    },
  ];
  const bySpace = formatMessage({ id: getTranslation('dashboard.times.bySpace'), defaultMessage: 'Par espace' });
  const byCategory = formatMessage({ id: getTranslation('dashboard.times.byCategory'), defaultMessage: 'Par catégorie' });

  return (
    <Section title={title}>
      <Grid.Root gap={6}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <SubSection title={bySpace}>
            <DataTable
              label={formatMessage({ id: getTranslation('dashboard.times.bySpaceTable'), defaultMessage: 'Délais de traitement par espace' })}
              rows={timings.filter((row) => row.group === 'space')}
              rowKey={(row) => row.key}
              empty={empty}
              columns={columns(formatMessage({ id: getTranslation('dashboard.column.space'), defaultMessage: 'Espace' }))}
            />
          </SubSection>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <SubSection title={byCategory}>
            <DataTable
              label={formatMessage({ id: getTranslation('dashboard.times.byCategoryTable'), defaultMessage: 'Délais de traitement par catégorie' })}
              rows={timings.filter((row) => row.group === 'category')}
              rowKey={(row) => row.key}
              empty={empty}
              columns={columns(formatMessage({ id: getTranslation('dashboard.column.category'), defaultMessage: 'Catégorie' }))}
            />
          </SubSection>
        </Grid.Item>
      </Grid.Root>
    </Section>
  );
};

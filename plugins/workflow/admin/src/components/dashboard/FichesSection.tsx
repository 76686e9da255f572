import { formatDateTime } from '@reseau-epn/admin-kit';
import { useIntl } from 'react-intl';
import type { DashboardData } from '../../../../shared/contracts';
import { FICHE_UID } from '../../constants';
import { getTranslation } from '../../utils/getTranslation';
import { DataTable } from './DataTable';
import { EditLink } from './EditLink';
import { Section } from './Section';

type Fiche = DashboardData['fichesAwaitingReview'][number];

/** « Fiches en attente de relecture », the longest waiting first. */
export const FichesSection = ({ fiches }: { fiches: Fiche[] }) => {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: getTranslation('dashboard.fiches.title'), defaultMessage: 'Fiches en attente de relecture' });
  const untitled = formatMessage({ id: getTranslation('dashboard.untitled'), defaultMessage: '(sans titre)' });
  return (
    <Section title={title}>
      <DataTable
        label={title}
        rows={[...fiches].sort((a, b) => a.since.localeCompare(b.since))}
        rowKey={(fiche) => fiche.documentId}
        empty={formatMessage({ id: getTranslation('dashboard.fiches.empty'), defaultMessage: 'Aucune fiche en attente.' })}
        columns={[
          {
            id: 'title',
            header: formatMessage({ id: getTranslation('dashboard.column.title'), defaultMessage: 'Titre' }),
            cell: (fiche) => (
              <EditLink uid={FICHE_UID} documentId={fiche.documentId}>
                {fiche.title || untitled}
              </EditLink>
            ),
          },
          {
            id: 'since',
            header: formatMessage({ id: getTranslation('dashboard.column.since'), defaultMessage: 'En attente depuis' }),
            cell: (fiche) => <time dateTime={fiche.since}>{formatDateTime(fiche.since)}</time>,
          },
        ]}
      />
    </Section>
  );
};

import { Badge, Box, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { DashboardData } from '../../../../shared/contracts';
import { INTERVENTION_STATE_ORDER, INTERVENTION_UID } from '../../constants';
import { getTranslation } from '../../utils/getTranslation';
import { useStateLabel } from '../../utils/states';
import { DataTable } from './DataTable';
import { EditLink } from './EditLink';
import { Section } from './Section';

type OpenInterventions = DashboardData['openInterventions'];

/** Where a state comes in an intervention's life; unknown states last. */
const rank = (state: string) => {
  const index = INTERVENTION_STATE_ORDER.indexOf(state);
  return index === -1 ? INTERVENTION_STATE_ORDER.length : index;
};

/** « Interventions ouvertes »: a count per state, then every open one, the oldest first. */
export const InterventionsSection = ({ interventions }: { interventions: OpenInterventions }) => {
  const { formatMessage } = useIntl();
  const stateLabel = useStateLabel();
  const title = formatMessage({ id: getTranslation('dashboard.interventions.title'), defaultMessage: 'Interventions ouvertes' });
  const counts = Object.entries(interventions.byState)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));

  return (
    <Section title={title}>
      {counts.length > 0 && (
        <Flex
          tag="ul"
          gap={2}
          wrap="wrap"
          aria-label={formatMessage({
            id: getTranslation('dashboard.interventions.byState'),
            defaultMessage: 'Nombre d’interventions ouvertes par état',
          })}
        >
          {counts.map(([state, count]) => (
            <Box tag="li" key={state}>
              <Badge>
                {formatMessage(
                  { id: getTranslation('dashboard.interventions.count'), defaultMessage: '{state} : {count}' },
                  { state: stateLabel(state), count },
                )}
              </Badge>
            </Box>
          ))}
        </Flex>
      )}
      <DataTable<OpenInterventions['items'][number]>
        label={formatMessage({
          id: getTranslation('dashboard.interventions.table'),
          defaultMessage: 'Interventions ouvertes, de la plus ancienne à la plus récente',
        })}
        rows={[...interventions.items].sort((a, b) => b.ageDays - a.ageDays)}
        rowKey={(item) => item.documentId}
        empty={formatMessage({ id: getTranslation('dashboard.interventions.empty'), defaultMessage: 'Aucune intervention ouverte.' })}
        columns={[
          {
            id: 'reference',
            header: formatMessage({ id: getTranslation('dashboard.column.reference'), defaultMessage: 'Référence' }),
            cell: (item) => (
              <EditLink uid={INTERVENTION_UID} documentId={item.documentId}>
                {item.reference || item.documentId}
              </EditLink>
            ),
          },
          {
            id: 'title',
            header: formatMessage({ id: getTranslation('dashboard.column.title'), defaultMessage: 'Titre' }),
            cell: (item) => item.title,
          },
          {
            id: 'state',
            header: formatMessage({ id: getTranslation('dashboard.column.state'), defaultMessage: 'État' }),
            cell: (item) => stateLabel(item.state),
          },
          {
            id: 'age',
            header: formatMessage({ id: getTranslation('dashboard.column.ageDays'), defaultMessage: 'Âge (jours)' }),
            cell: (item) => item.ageDays,
          },
        ]}
      />
    </Section>
  );
};

import * as React from 'react';
import { Badge, Box, Button, Flex, Grid, Link, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import type { DashboardData, LoanSummary } from '../../../shared/contracts';
import { FICHE_UID, INTERVENTION_UID, PRET_UID, editViewPath } from '../constants';
import { errorMessage, isAbortError } from '../utils/errors';
import { daysBetween, formatDateTime, formatDay, formatHours, parisToday } from '../utils/format';
import { getTranslation } from '../utils/getTranslation';
import { useStateLabel } from '../utils/states';

/** Open intervention states in the order an intervention goes through them. */
const INTERVENTION_STATE_ORDER = ['nouvelle', 'prise_en_charge', 'en_cours', 'en_attente', 'resolue', 'cloturee'];

type Intervention = DashboardData['openInterventions']['items'][number];
type Fiche = DashboardData['fichesAwaitingReview'][number];
type Timing = DashboardData['responseTimes'][number];

/* -------------------------------------------------------------------------------------------------
 * Building blocks
 * -----------------------------------------------------------------------------------------------*/

interface Column<Row> {
  id: string;
  header: string;
  cell: (row: Row) => React.ReactNode;
}

interface DataTableProps<Row> {
  /** The table's accessible name. */
  label: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** What to say instead of an empty table. */
  empty: string;
}

function DataTable<Row>({ label, columns, rows, rowKey, empty }: DataTableProps<Row>) {
  if (rows.length === 0) {
    return (
      <Typography tag="p" variant="omega" textColor="neutral600">
        {empty}
      </Typography>
    );
  }
  return (
    <Table aria-label={label} colCount={columns.length} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          {columns.map((column) => (
            <Th key={column.id} role="columnheader" scope="col">
              <Typography variant="sigma" textColor="neutral600">
                {column.header}
              </Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={rowKey(row)}>
            {columns.map((column) => (
              <Td key={column.id}>
                <Typography textColor="neutral800">{column.cell(row)}</Typography>
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => {
  const headingId = React.useId();
  return (
    <Box tag="section" aria-labelledby={headingId}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography id={headingId} tag="h2" variant="delta">
          {title}
        </Typography>
        {children}
      </Flex>
    </Box>
  );
};

const SubSection = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={2}>
    <Typography tag="h3" variant="omega" fontWeight="bold">
      {title}
    </Typography>
    {children}
  </Flex>
);

const EditLink = ({ uid, documentId, children }: { uid: string; documentId: string; children: React.ReactNode }) => (
  <Link tag={NavLink} to={editViewPath(uid, documentId)}>
    {children}
  </Link>
);

/** A median that could not be computed (no intervention answered or resolved yet). */
const NoValue = () => {
  const { formatMessage } = useIntl();
  return (
    <>
      <span aria-hidden>—</span>
      <VisuallyHidden>{formatMessage({ id: getTranslation('dashboard.noValue'), defaultMessage: 'pas encore de donnée' })}</VisuallyHidden>
    </>
  );
};

/* -------------------------------------------------------------------------------------------------
 * Sections
 * -----------------------------------------------------------------------------------------------*/

const FichesSection = ({ fiches }: { fiches: Fiche[] }) => {
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

const InterventionsSection = ({ interventions }: { interventions: DashboardData['openInterventions'] }) => {
  const { formatMessage } = useIntl();
  const stateLabel = useStateLabel();
  const title = formatMessage({ id: getTranslation('dashboard.interventions.title'), defaultMessage: 'Interventions ouvertes' });
  const rank = (state: string) => {
    const index = INTERVENTION_STATE_ORDER.indexOf(state);
    return index === -1 ? INTERVENTION_STATE_ORDER.length : index;
  };
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
      <DataTable<Intervention>
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

const ResponseTimesSection = ({ timings }: { timings: Timing[] }) => {
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

const useLoanColumns = (): Column<LoanSummary>[] => {
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

const WeekLoansSection = ({ loans }: { loans: DashboardData['loans'] }) => {
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

const OverdueLoansSection = ({ loans }: { loans: LoanSummary[] }) => {
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

/* -------------------------------------------------------------------------------------------------
 * Page
 * -----------------------------------------------------------------------------------------------*/

const Dashboard = () => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [data, setData] = React.useState<DashboardData | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [isLoading, setIsLoading] = React.useState(true);

  const loadFailed = formatMessage({
    id: getTranslation('dashboard.error'),
    defaultMessage: 'Impossible de charger le tableau de bord.',
  });

  const load = React.useCallback(async () => {
    setIsLoading(true);
    try {
      const response = await get<{ data: DashboardData }>('/workflow/dashboard');
      setData(response.data.data);
      setError(null);
    } catch (caught) {
      if (isAbortError(caught)) return;
      setError(errorMessage(caught, loadFailed));
    }
    setIsLoading(false);
  }, [get, loadFailed]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const title = formatMessage({ id: getTranslation('dashboard.title'), defaultMessage: 'Tableau de bord' });

  if (isLoading && !data) return <Page.Loading />;
  if (!data) return <Page.Error content={error ?? loadFailed} />;

  return (
    <Page.Main aria-busy={isLoading}>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({
          id: getTranslation('dashboard.subtitle'),
          defaultMessage: 'Circuits de validation : relecture des fiches, interventions et prêts de matériel',
        })}
        primaryAction={
          <Button type="button" variant="secondary" startIcon={<ArrowClockwise />} loading={isLoading} onClick={() => void load()}>
            {formatMessage({ id: getTranslation('dashboard.refresh'), defaultMessage: 'Actualiser' })}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {error && (
            <Typography tag="p" role="alert" textColor="danger600">
              {error}
            </Typography>
          )}
          <FichesSection fiches={data.fichesAwaitingReview} />
          <InterventionsSection interventions={data.openInterventions} />
          <ResponseTimesSection timings={data.responseTimes} />
          <WeekLoansSection loans={data.loans} />
          <OverdueLoansSection loans={data.loans.overdue} />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export { Dashboard };

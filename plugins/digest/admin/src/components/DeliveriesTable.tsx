import * as React from 'react';
import { errorMessage, formatDateTime, isAbortError } from '@reseau-epn/admin-kit';
import { Badge, Button, Field, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { DELIVERY_STATUSES, type DeliveriesResponse, type DeliveryStatus } from '../../../shared/contracts';
import { getTranslation } from '../utils/getTranslation';

const PAGE_SIZE = 25;

export const STATUS_LABELS: Record<DeliveryStatus, MessageDescriptor> = {
  pending: { id: getTranslation('status.pending'), defaultMessage: 'En attente' },
  sending: { id: getTranslation('status.sending'), defaultMessage: 'En cours' },
  sent: { id: getTranslation('status.sent'), defaultMessage: 'Envoyé' },
  failed: { id: getTranslation('status.failed'), defaultMessage: 'En échec' },
  skipped: { id: getTranslation('status.skipped'), defaultMessage: 'Sans objet' },
};

const SKIP_LABELS: Record<'empty' | 'unsubscribed', MessageDescriptor> = {
  empty: { id: getTranslation('skip.empty'), defaultMessage: 'rien pour ses choix cette semaine' },
  unsubscribed: { id: getTranslation('skip.unsubscribed'), defaultMessage: 'désabonné·e entre-temps' },
};

/** One issue's deliveries, filtered by status, a page at a time. */
export const DeliveriesTable = ({ issueId, issueKey }: { issueId: number; issueKey: string }) => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [status, setStatus] = React.useState<DeliveryStatus | ''>('');
  const [page, setPage] = React.useState(1);
  const [result, setResult] = React.useState<DeliveriesResponse | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const failed = formatMessage({ id: getTranslation('deliveries.error'), defaultMessage: 'Impossible de charger les envois.' });

  React.useEffect(() => {
    let current = true;
    const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE), ...(status ? { status } : {}) });
    get<DeliveriesResponse>(`/digest/issues/${issueId}/deliveries?${query}`).then(
      (response) => current && (setResult(response.data), setError(null)),
      (caught: unknown) => current && !isAbortError(caught) && setError(errorMessage(caught, failed)),
    );
    return () => {
      current = false;
    };
  }, [get, issueId, page, status, failed]);

  const total = result?.meta.pagination.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const caption = formatMessage({ id: getTranslation('deliveries.caption'), defaultMessage: 'Envois de la lettre {issue}' }, { issue: issueKey });

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography tag="h3" variant="omega" fontWeight="bold">
        {caption}
      </Typography>
      <Field.Root name="status" maxWidth="280px">
        <Field.Label>{formatMessage({ id: getTranslation('deliveries.filter'), defaultMessage: 'État' })}</Field.Label>
        <SingleSelect
          value={status}
          onChange={(value) => {
            setStatus(String(value) as DeliveryStatus | '');
            setPage(1);
          }}
        >
          <SingleSelectOption value="">{formatMessage({ id: getTranslation('deliveries.all'), defaultMessage: 'Tous' })}</SingleSelectOption>
          {DELIVERY_STATUSES.map((key) => (
            <SingleSelectOption key={key} value={key}>
              {formatMessage(STATUS_LABELS[key])}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      {error && (
        <Typography tag="p" role="alert" textColor="danger600">
          {error}
        </Typography>
      )}
      {result && result.data.length === 0 && (
        <Typography tag="p" textColor="neutral600">
          {formatMessage({ id: getTranslation('deliveries.empty'), defaultMessage: 'Aucun envoi dans cet état.' })}
        </Typography>
      )}
      {result && result.data.length > 0 && (
        <Table aria-label={caption} colCount={5} rowCount={result.data.length + 1}>
          <Thead>
            <Tr>
              <Th scope="col">{formatMessage({ id: getTranslation('deliveries.email'), defaultMessage: 'Abonné' })}</Th>
              <Th scope="col">{formatMessage({ id: getTranslation('deliveries.language'), defaultMessage: 'Langue' })}</Th>
              <Th scope="col">{formatMessage({ id: getTranslation('deliveries.status'), defaultMessage: 'État' })}</Th>
              <Th scope="col">{formatMessage({ id: getTranslation('deliveries.when'), defaultMessage: 'Envoyé le / prochain essai' })}</Th>
              <Th scope="col">{formatMessage({ id: getTranslation('deliveries.detail'), defaultMessage: 'Détail' })}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {result.data.map((row) => (
              <Tr key={row.id}>
                <Td>{row.email ?? '—'}</Td>
                <Td>{row.language ?? '—'}</Td>
                <Td>
                  <Badge>{formatMessage(STATUS_LABELS[row.status])}</Badge>
                </Td>
                <Td>{formatDateTime(row.sentAt ?? row.nextAttemptAt)}</Td>
                <Td>
                  {row.skipReason
                    ? formatMessage(SKIP_LABELS[row.skipReason])
                    : row.lastError
                      ? formatMessage(
                          { id: getTranslation('deliveries.failure'), defaultMessage: '{attempts, plural, one {# essai} other {# essais}} : {error}' },
                          { attempts: row.attempts, error: row.lastError },
                        )
                      : ''}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {pages > 1 && (
        <Flex gap={2} alignItems="center">
          <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {formatMessage({ id: getTranslation('deliveries.previous'), defaultMessage: 'Page précédente' })}
          </Button>
          <Typography>{formatMessage({ id: getTranslation('deliveries.page'), defaultMessage: 'Page {page} sur {pages}' }, { page, pages })}</Typography>
          <Button variant="tertiary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {formatMessage({ id: getTranslation('deliveries.next'), defaultMessage: 'Page suivante' })}
          </Button>
        </Flex>
      )}
    </Flex>
  );
};

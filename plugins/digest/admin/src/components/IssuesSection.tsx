import * as React from 'react';
import { formatDateTime, formatDay } from '@reseau-epn/admin-kit';
import { Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { IssueSummary } from '../../../shared/contracts';
import { getTranslation } from '../utils/getTranslation';
import { DeliveriesTable } from './DeliveriesTable';
import { Section } from './Section';

const ISSUE_STATUS = {
  planning: { id: getTranslation('issue.planning'), defaultMessage: 'En préparation' },
  sending: { id: getTranslation('issue.sending'), defaultMessage: 'En cours d’envoi' },
  done: { id: getTranslation('issue.done'), defaultMessage: 'Terminée' },
} as const;

/** Past issues with their deliveries counted; one of them opened below. */
export const IssuesSection = ({ issues, actions }: { issues: IssueSummary[]; actions: React.ReactNode }) => {
  const { formatMessage } = useIntl();
  const [openId, setOpenId] = React.useState<number | null>(null);
  const open = issues.find((issue) => issue.id === openId);
  const title = formatMessage({ id: getTranslation('issues.title'), defaultMessage: 'Lettres envoyées' });
  const count = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });

  return (
    <Section title={title} actions={actions}>
      {issues.length === 0 ? (
        <Typography tag="p" textColor="neutral600">
          {formatMessage({ id: getTranslation('issues.empty'), defaultMessage: 'Aucune lettre envoyée pour l’instant.' })}
        </Typography>
      ) : (
        <Table aria-label={title} colCount={8} rowCount={issues.length + 1}>
          <Thead>
            <Tr>
              <Th scope="col">{count('issues.issue', 'Numéro')}</Th>
              <Th scope="col">{count('issues.period', 'Période')}</Th>
              <Th scope="col">{count('issues.status', 'État')}</Th>
              <Th scope="col">{count('issues.sent', 'Envoyés')}</Th>
              <Th scope="col">{count('issues.failed', 'En échec')}</Th>
              <Th scope="col">{count('issues.pending', 'En attente')}</Th>
              <Th scope="col">{count('issues.skipped', 'Sans objet')}</Th>
              <Th scope="col">{count('issues.finished', 'Terminée le')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {issues.map((issue) => (
              <Tr key={issue.id}>
                <Td>
                  <Button variant="ghost" aria-pressed={issue.id === openId} onClick={() => setOpenId(issue.id === openId ? null : issue.id)}>
                    {issue.issueKey}
                  </Button>
                </Td>
                <Td>{`${formatDay(issue.periodStart)} – ${formatDay(issue.periodEnd)}`}</Td>
                <Td>{formatMessage(ISSUE_STATUS[issue.status])}</Td>
                <Td>{issue.counts.sent}</Td>
                <Td>{issue.counts.failed}</Td>
                <Td>{issue.counts.pending + issue.counts.sending}</Td>
                <Td>{issue.counts.skipped}</Td>
                <Td>{formatDateTime(issue.finishedAt)}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {open && (
        <Flex direction="column" alignItems="stretch">
          <DeliveriesTable key={open.id} issueId={open.id} issueKey={open.issueKey} />
        </Flex>
      )}
    </Section>
  );
};

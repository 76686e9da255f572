import * as React from 'react';
import { formatDateTime, PanelStates } from '@reseau-epn/admin-kit';
import { Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { AuditEntry } from '../../../shared/contracts';
import { useAudit } from '../hooks/useAudit';
import { getTranslation } from '../utils/getTranslation';

const ACTION_LABELS: Record<AuditEntry['action'], string> = {
  approve: 'Approuvé',
  reject: 'Refusé',
  hide: 'Masqué',
  restore: 'Rétabli',
  lock: 'Verrouillé',
  unlock: 'Déverrouillé',
  pin: 'Épinglé',
  unpin: 'Désépinglé',
  move: 'Déplacé',
  ban: 'Banni',
  unban: 'Bannissement levé',
  auto_hide: 'Masqué par les signalements',
};
const TARGET_LABELS: Record<AuditEntry['targetType'], string> = { post: 'Message', topic: 'Sujet', member: 'Membre' };

/** « Journal »: every moderation action, who, when, what, on what and why; newest first, a page at a time. */
export const AuditTab = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const [page, setPage] = React.useState(1);
  const { data, error } = useAudit(page);
  const entries = data?.data ?? [];
  const pages = Math.max(1, data?.meta.pagination.pageCount ?? 1);
  const headers = [t('audit.when', 'Date'), t('audit.who', 'Par'), t('audit.action', 'Action'), t('audit.target', 'Sur'), t('audit.reason', 'Raison')];

  return (
    <Flex direction="column" alignItems="stretch" gap={4} paddingTop={4}>
      <PanelStates
        ready={data !== null}
        error={error}
        loadingLabel={t('audit.loading', 'Chargement du journal…')}
        empty={entries.length === 0 && t('audit.empty', 'Aucune action de modération pour l’instant.')}
      >
        <Table aria-label={t('audit.caption', 'Journal de modération')} colCount={headers.length} rowCount={entries.length + 1}>
          <Thead>
            <Tr>
              {headers.map((header) => (
                <Th key={header} scope="col">
                  <Typography variant="sigma" textColor="neutral600">
                    {header}
                  </Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {entries.map((entry) => (
              <Tr key={entry.id}>
                <Td>{formatDateTime(entry.createdAt)}</Td>
                <Td>{entry.actor ?? t('audit.system', 'Automatique')}</Td>
                <Td>{t(`audit.action.${entry.action}`, ACTION_LABELS[entry.action] ?? entry.action)}</Td>
                <Td>
                  <Typography textColor="neutral800">
                    {t(`audit.target.${entry.targetType}`, TARGET_LABELS[entry.targetType])} : {entry.targetLabel}
                  </Typography>
                </Td>
                <Td>{entry.reason ?? '—'}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </PanelStates>
      {pages > 1 && (
        <Flex gap={4} justifyContent="center" alignItems="center">
          <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('audit.previous', 'Page précédente')}
          </Button>
          <Typography>{formatMessage({ id: getTranslation('audit.page'), defaultMessage: 'Page {page} sur {pages}' }, { page, pages })}</Typography>
          <Button variant="tertiary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t('audit.next', 'Page suivante')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
};

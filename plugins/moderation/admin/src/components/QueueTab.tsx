import * as React from 'react';
import { PanelStates } from '@reseau-epn/admin-kit';
import { Button, Flex } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { useModerationAction } from '../hooks/useModerationAction';
import { useQueue } from '../hooks/useQueue';
import { getTranslation } from '../utils/getTranslation';
import { QueueItemCard } from './QueueItemCard';

export interface QueueTabProps {
  kind: 'pending' | 'flagged';
  canModerate: boolean;
  canBan: boolean;
}

/** « En attente » or « Signalés »: one card per post; the list reloads after each action. */
export const QueueTab = ({ kind, canModerate, canBan }: QueueTabProps) => {
  const { formatMessage } = useIntl();
  const { data, error, isLoading, reload } = useQueue(kind);
  const onDone = React.useCallback(() => void reload(), [reload]);
  const { run, busy } = useModerationAction(onDone);
  const items = data?.data ?? [];
  const empty =
    kind === 'pending'
      ? formatMessage({ id: getTranslation('queue.pending.empty'), defaultMessage: 'Aucun message n’attend de relecture.' })
      : formatMessage({ id: getTranslation('queue.flagged.empty'), defaultMessage: 'Aucun message signalé.' });

  return (
    <Flex direction="column" alignItems="stretch" gap={4} paddingTop={4} aria-busy={isLoading}>
      <Flex justifyContent="flex-end">
        <Button type="button" variant="secondary" startIcon={<ArrowClockwise />} loading={isLoading} onClick={() => void reload()}>
          {formatMessage({ id: getTranslation('queue.refresh'), defaultMessage: 'Actualiser' })}
        </Button>
      </Flex>
      <PanelStates
        ready={data !== null}
        error={error}
        loadingLabel={formatMessage({ id: getTranslation('queue.loading'), defaultMessage: 'Chargement de la file…' })}
        empty={items.length === 0 && empty}
      >
        {items.map((item) => (
          <QueueItemCard key={item.post.documentId} item={item} canModerate={canModerate} canBan={canBan} busy={busy} run={run} />
        ))}
      </PanelStates>
    </Flex>
  );
};

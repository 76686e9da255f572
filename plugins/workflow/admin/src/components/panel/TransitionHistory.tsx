import * as React from 'react';
import { formatDateTime } from '@reseau-epn/admin-kit';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { HistoryEntry } from '../../../../shared/contracts';
import { getTranslation } from '../../utils/getTranslation';

interface TransitionHistoryProps {
  /** Oldest first, as the server sends them; shown newest first. */
  entries: HistoryEntry[];
  stateLabel: (state: string) => string;
}

/** « Historique »: every change of state, when, by whom, and its comment. */
export const TransitionHistory = ({ entries, stateLabel }: TransitionHistoryProps) => {
  const { formatMessage } = useIntl();
  const headingId = React.useId();

  return (
    <Flex tag="section" aria-labelledby={headingId} direction="column" alignItems="stretch" gap={2}>
      <Typography id={headingId} tag="h3" variant="sigma" textColor="neutral600">
        {formatMessage({ id: getTranslation('panel.history.title'), defaultMessage: 'Historique' })}
      </Typography>
      {entries.length === 0 ? (
        <Typography tag="p" variant="pi" textColor="neutral600">
          {formatMessage({ id: getTranslation('panel.history.empty'), defaultMessage: 'Aucun changement d’état pour l’instant.' })}
        </Typography>
      ) : (
        <Flex tag="ol" direction="column" alignItems="stretch" gap={2}>
          {[...entries].reverse().map((entry) => (
            <Box key={entry.id} tag="li" padding={2} background="neutral100" hasRadius>
              <Flex direction="column" alignItems="stretch" gap={1}>
                <Typography variant="pi" textColor="neutral600">
                  <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
                  {' · '}
                  {entry.actorName}
                </Typography>
                <Typography variant="omega">
                  {formatMessage(
                    { id: getTranslation('panel.history.change'), defaultMessage: '{from} → {to}' },
                    { from: stateLabel(entry.from), to: stateLabel(entry.to) },
                  )}
                </Typography>
                {entry.comment && (
                  <Typography variant="pi" tag="p" style={{ whiteSpace: 'pre-wrap' }}>
                    {entry.comment}
                  </Typography>
                )}
              </Flex>
            </Box>
          ))}
        </Flex>
      )}
    </Flex>
  );
};

import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { formatDateTime } from '@reseau-epn/admin-kit';
import { getTranslation } from '../utils/getTranslation';
import type { Version } from '../utils/versions';
import { RestoreButton } from './RestoreButton';

interface RevisionListProps {
  /** Newest first. */
  revisions: Version[];
  /** The current version: restoring it would change nothing, so it has no button. */
  newestId: number;
  canRestore: boolean;
  disabled: boolean;
  restoringId: number | null;
  onRestore: (revision: Version) => void;
}

/** The versions, newest first: date, author, edit summary, and a way back to each. */
const RevisionList = ({ revisions, newestId, canRestore, disabled, restoringId, onRestore }: RevisionListProps) => {
  const { formatMessage } = useIntl();

  return (
    <Flex
      tag="ol"
      direction="column"
      alignItems="stretch"
      gap={2}
      aria-label={formatMessage({
        id: getTranslation('panel.list.label'),
        defaultMessage: 'Versions, de la plus récente à la plus ancienne',
      })}
    >
      {revisions.map((revision) => (
        <Box key={revision.id} tag="li" padding={2} background="neutral100" hasRadius>
          <Flex direction="column" alignItems="stretch" gap={1}>
            <Typography variant="pi" textColor="neutral600">
              {formatMessage({ id: getTranslation('panel.number'), defaultMessage: 'n° {number}' }, { number: revision.number })}
              {' · '}
              <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt)}</time>
              {' · '}
              {revision.authorName}
            </Typography>
            {(revision.publishedAt || revision.id === newestId) && (
              <Flex gap={1} wrap="wrap">
                {revision.id === newestId && <Badge size="S">{formatMessage({ id: getTranslation('panel.current'), defaultMessage: 'actuelle' })}</Badge>}
                {revision.publishedAt && (
                  <Badge size="S" variant="success">
                    {formatMessage({ id: getTranslation('panel.published'), defaultMessage: 'publiée' })}
                  </Badge>
                )}
              </Flex>
            )}
            {revision.summary ? (
              <Typography tag="p" variant="omega" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {revision.summary}
              </Typography>
            ) : (
              <Typography tag="p" variant="pi" textColor="neutral600" style={{ fontStyle: 'italic' }}>
                {formatMessage({ id: getTranslation('panel.noSummary'), defaultMessage: 'Sans résumé' })}
              </Typography>
            )}
            {canRestore && revision.id !== newestId && (
              <RestoreButton revision={revision} disabled={disabled} loading={restoringId === revision.id} onConfirm={() => onRestore(revision)} />
            )}
          </Flex>
        </Box>
      ))}
    </Flex>
  );
};

export { RevisionList };

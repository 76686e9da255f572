import { formatDateTime, PanelStates } from '@reseau-epn/admin-kit';
import { Button, Flex, Modal, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { RevisionDiff } from '../../../shared/contracts';
import { useRevisionDiff } from '../hooks/useRevisionDiff';
import type { DocumentRef } from '../services/revisions-api';
import { getTranslation } from '../utils/getTranslation';
import type { Version } from '../utils/versions';
import { FieldChangeView } from './FieldChangeView';

interface DiffModalProps {
  /** The document whose versions these are. */
  entry: DocumentRef;
  older: Version;
  newer: Version;
  /** A field's label in the edit view. */
  fieldLabel: (field: string) => string;
  onClose: () => void;
}

/** What changed from one version to the other, field by field. Mounted open; closing unmounts it. */
const DiffModal = ({ entry, older, newer, fieldLabel, onClose }: DiffModalProps) => {
  const { formatMessage } = useIntl();
  const { diff, error } = useRevisionDiff(entry, older.id, newer.id);

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header closeLabel={formatMessage({ id: getTranslation('diff.close'), defaultMessage: 'Fermer' })}>
          <Modal.Title>{formatMessage({ id: getTranslation('diff.title'), defaultMessage: 'Comparaison des versions' })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Flex direction="column" alignItems="stretch" gap={1}>
              <Typography tag="p" variant="omega">
                {formatMessage(
                  {
                    id: getTranslation('diff.subtitle'),
                    defaultMessage: 'De la version n° {fromNumber} ({from}, {fromAuthor}) à la version n° {toNumber} ({to}, {toAuthor})',
                  },
                  {
                    fromNumber: older.number,
                    from: formatDateTime(older.createdAt),
                    fromAuthor: older.authorName,
                    toNumber: newer.number,
                    to: formatDateTime(newer.createdAt),
                    toAuthor: newer.authorName,
                  },
                )}
              </Typography>
              <Typography tag="p" variant="pi" textColor="neutral600">
                {formatMessage({
                  id: getTranslation('diff.legend'),
                  defaultMessage: 'Les ajouts sont soulignés en vert, les suppressions barrées en rouge.',
                })}
              </Typography>
            </Flex>
            <DiffBody diff={diff} loadError={error} fieldLabel={fieldLabel} />
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button type="button" variant="tertiary">
              {formatMessage({ id: getTranslation('diff.close'), defaultMessage: 'Fermer' })}
            </Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};

interface DiffBodyProps {
  diff: RevisionDiff | null;
  loadError: string | null;
  fieldLabel: (field: string) => string;
}

const DiffBody = ({ diff, loadError, fieldLabel }: DiffBodyProps) => {
  const { formatMessage } = useIntl();
  return (
    <PanelStates
      ready={diff !== null}
      error={loadError}
      loadingLabel={formatMessage({ id: getTranslation('diff.loading'), defaultMessage: 'Chargement de la comparaison…' })}
    >
      {diff?.changes.length === 0 ? (
        <Typography tag="p" variant="omega" textColor="neutral600">
          {formatMessage({ id: getTranslation('diff.noChange'), defaultMessage: 'Aucune différence entre ces deux versions.' })}
        </Typography>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={5}>
          {diff?.changes.map((change) => (
            <FieldChangeView key={change.field} change={change} label={fieldLabel(change.field)} />
          ))}
        </Flex>
      )}
    </PanelStates>
  );
};

export { DiffModal };

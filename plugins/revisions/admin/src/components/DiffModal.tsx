import * as React from 'react';
import { Button, Flex, Loader, Modal, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { RevisionDiff } from '../../../shared/contracts';
import { errorMessage, isAbortError } from '../utils/errors';
import { formatDateTime } from '../utils/format';
import { getTranslation } from '../utils/getTranslation';
import type { Version } from '../utils/versions';
import { FieldChangeView } from './FieldChangeView';

interface DiffModalProps {
  /** `/revisions/:uid/:documentId`. */
  basePath: string;
  older: Version;
  newer: Version;
  /** A field's label in the edit view. */
  fieldLabel: (field: string) => string;
  onClose: () => void;
}

/** What changed from one version to the other, field by field. Mounted open; closing unmounts it. */
const DiffModal = ({ basePath, older, newer, fieldLabel, onClose }: DiffModalProps) => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [diff, setDiff] = React.useState<RevisionDiff | null>(null);
  const [loadError, setLoadError] = React.useState<string | null>(null);

  const loadFailed = formatMessage({ id: getTranslation('diff.error'), defaultMessage: 'Impossible de comparer ces versions.' });

  React.useEffect(() => {
    let current = true;
    setDiff(null);
    setLoadError(null);
    get<{ data: RevisionDiff }>(`${basePath}/diff`, { params: { from: older.id, to: newer.id } })
      .then(({ data }) => {
        if (current) setDiff(data.data);
      })
      .catch((error: unknown) => {
        if (!current || isAbortError(error)) return;
        const message = errorMessage(error, loadFailed);
        setLoadError(message);
        toggleNotification({ type: 'danger', message });
      });
    return () => {
      current = false;
    };
  }, [get, basePath, older.id, newer.id, loadFailed, toggleNotification]);

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
            <DiffBody diff={diff} loadError={loadError} fieldLabel={fieldLabel} />
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

  if (loadError) {
    return (
      <Typography tag="p" variant="omega" textColor="danger600">
        {loadError}
      </Typography>
    );
  }
  if (!diff) {
    return <Loader small>{formatMessage({ id: getTranslation('diff.loading'), defaultMessage: 'Chargement de la comparaison…' })}</Loader>;
  }
  if (diff.changes.length === 0) {
    return (
      <Typography tag="p" variant="omega" textColor="neutral600">
        {formatMessage({ id: getTranslation('diff.noChange'), defaultMessage: 'Aucune différence entre ces deux versions.' })}
      </Typography>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={5}>
      {diff.changes.map((change) => (
        <FieldChangeView key={change.field} change={change} label={fieldLabel(change.field)} />
      ))}
    </Flex>
  );
};

export { DiffModal };

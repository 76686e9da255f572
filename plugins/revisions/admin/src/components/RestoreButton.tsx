import * as React from 'react';
import { Button, Dialog, VisuallyHidden } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { formatDateTime } from '@reseau-epn/admin-kit';
import { getTranslation } from '../utils/getTranslation';
import type { Version } from '../utils/versions';

interface RestoreButtonProps {
  revision: Version;
  disabled: boolean;
  loading: boolean;
  onConfirm: () => void;
}

/** « Restaurer cette version », behind a confirmation: the restore writes the current draft. */
const RestoreButton = ({ revision, disabled, loading, onConfirm }: RestoreButtonProps) => {
  const { formatMessage } = useIntl();
  const [open, setOpen] = React.useState(false);
  const values = { number: revision.number, date: formatDateTime(revision.createdAt) };

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button type="button" variant="tertiary" size="S" fullWidth disabled={disabled} loading={loading}>
          {formatMessage({ id: getTranslation('restore.button'), defaultMessage: 'Restaurer cette version' })}
          {/* Every item has this button: the date tells them apart for a screen reader. */}
          <VisuallyHidden> {formatMessage({ id: getTranslation('restore.buttonContext'), defaultMessage: '(n° {number}, du {date})' }, values)}</VisuallyHidden>
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>
          {formatMessage({ id: getTranslation('restore.title'), defaultMessage: 'Restaurer la version n° {number} du {date} ?' }, values)}
        </Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="warning600" />}>
          {formatMessage({
            id: getTranslation('restore.body'),
            defaultMessage: 'La version actuelle reste dans l’historique.',
          })}
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button type="button" fullWidth variant="tertiary">
              {formatMessage({ id: getTranslation('restore.cancel'), defaultMessage: 'Annuler' })}
            </Button>
          </Dialog.Cancel>
          <Dialog.Action>
            <Button type="button" fullWidth variant="default" onClick={onConfirm}>
              {formatMessage({ id: getTranslation('restore.confirm'), defaultMessage: 'Restaurer' })}
            </Button>
          </Dialog.Action>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};

export { RestoreButton };

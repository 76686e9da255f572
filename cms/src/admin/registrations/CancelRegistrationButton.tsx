import * as React from 'react';
import { Button, Dialog, VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { AdminRegistration } from '../../registrations/admin-contract';
import { t } from './messages';

interface CancelRegistrationButtonProps {
  registration: AdminRegistration;
  disabled: boolean;
  onConfirm(): void;
}

/** « Annuler » on a row, behind a confirmation: the places are freed and the waiting list moves up. */
export const CancelRegistrationButton = ({ registration, disabled, onConfirm }: CancelRegistrationButtonProps) => {
  const { formatMessage } = useIntl();
  const values = { name: registration.name, places: registration.places };

  return (
    <Dialog.Root>
      <Dialog.Trigger>
        <Button type="button" variant="danger-light" size="S" disabled={disabled}>
          {formatMessage({ id: t('cancel.button'), defaultMessage: 'Annuler' })}
          {/* Every row has this button: the name tells them apart for a screen reader. */}
          <VisuallyHidden> {formatMessage({ id: t('cancel.buttonContext'), defaultMessage: 'l’inscription de {name}' }, values)}</VisuallyHidden>
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{formatMessage({ id: t('cancel.title'), defaultMessage: 'Annuler l’inscription de {name} ?' }, values)}</Dialog.Header>
        <Dialog.Body>
          {formatMessage(
            {
              id: t('cancel.body'),
              defaultMessage:
                '{places, plural, one {La place est libérée} other {Les # places sont libérées}} et la liste d’attente avance ; la personne est prévenue par courriel si elle a donné une adresse.',
            },
            values,
          )}
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button type="button" fullWidth variant="tertiary">
              {formatMessage({ id: t('cancel.keep'), defaultMessage: 'Garder l’inscription' })}
            </Button>
          </Dialog.Cancel>
          <Dialog.Action>
            <Button type="button" fullWidth variant="danger" onClick={onConfirm}>
              {formatMessage({ id: t('cancel.confirm'), defaultMessage: 'Annuler l’inscription' })}
            </Button>
          </Dialog.Action>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};

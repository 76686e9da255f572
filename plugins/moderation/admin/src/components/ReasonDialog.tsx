import * as React from 'react';
import { Button, type ButtonProps, Checkbox, Dialog, Field, Flex, Textarea } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { REASON_MAX } from '../constants';
import { getTranslation } from '../utils/getTranslation';

export interface ReasonDialogProps {
  /** The button that opens the dialog, and the dialog's title. */
  label: string;
  /** What happens, said before the reason is asked. */
  explain: string;
  /** Reject, hide and ban need one (it goes to the author for a refusal, to the journal always). */
  required: boolean;
  /** Ban: « Masquer aussi ses messages publiés ». */
  hidePostsOption?: boolean;
  disabled?: boolean;
  variant?: ButtonProps['variant'];
  startIcon?: React.ReactNode;
  /** Resolves true when the server accepted: the dialog closes. */
  onConfirm: (reason: string, hidePosts: boolean) => Promise<boolean>;
}

/** An action that asks why first: the reason is written in the journal (and sent to the author on refusal). */
export const ReasonDialog = ({ label, explain, required, hidePostsOption, disabled, variant = 'secondary', startIcon, onConfirm }: ReasonDialogProps) => {
  const { formatMessage } = useIntl();
  const [open, setOpen] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const [hidePosts, setHidePosts] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const [sending, setSending] = React.useState(false);

  const confirm = async () => {
    if (required && !reason.trim()) {
      setError(formatMessage({ id: getTranslation('reason.required'), defaultMessage: 'Indiquez la raison.' }));
      return;
    }
    setSending(true);
    const done = await onConfirm(reason.trim(), hidePosts);
    setSending(false);
    if (done) {
      setOpen(false);
      setReason('');
      setHidePosts(false);
    }
  };

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button variant={variant} startIcon={startIcon} disabled={disabled}>
          {label}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{label}</Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="stretch" gap={4} width="100%">
            <p>{explain}</p>
            <Field.Root name="reason" required={required} error={error}>
              <Field.Label>
                {required
                  ? formatMessage({ id: getTranslation('reason.label'), defaultMessage: 'Raison' })
                  : formatMessage({ id: getTranslation('reason.optional'), defaultMessage: 'Raison (facultative)' })}
              </Field.Label>
              <Textarea
                value={reason}
                maxLength={REASON_MAX}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => {
                  setReason(event.target.value);
                  setError(undefined);
                }}
              />
              <Field.Error />
            </Field.Root>
            {hidePostsOption && (
              <Checkbox checked={hidePosts} onCheckedChange={(checked) => setHidePosts(checked === true)}>
                {formatMessage({ id: getTranslation('ban.hidePosts'), defaultMessage: 'Masquer aussi ses messages publiés' })}
              </Checkbox>
            )}
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{formatMessage({ id: getTranslation('dialog.cancel'), defaultMessage: 'Annuler' })}</Button>
          </Dialog.Cancel>
          <Button loading={sending} onClick={() => void confirm()}>
            {formatMessage({ id: getTranslation('dialog.confirm'), defaultMessage: 'Confirmer' })}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};

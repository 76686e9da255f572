import * as React from 'react';
import { Button, Dialog, Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useCategories } from '../hooks/useCategories';
import { getTranslation } from '../utils/getTranslation';

/** « Déplacer »: files the topic under another category of the forum. */
export const MoveDialog = ({ disabled, onConfirm }: { disabled?: boolean; onConfirm: (category: string) => Promise<boolean> }) => {
  const { formatMessage } = useIntl();
  const [open, setOpen] = React.useState(false);
  const [category, setCategory] = React.useState<string>('');
  const [sending, setSending] = React.useState(false);
  const label = formatMessage({ id: getTranslation('topic.move'), defaultMessage: 'Déplacer' });

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger>
        <Button variant="tertiary" disabled={disabled}>
          {label}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{formatMessage({ id: getTranslation('move.title'), defaultMessage: 'Déplacer le sujet' })}</Dialog.Header>
        <Dialog.Body>{open && <CategorySelect value={category} onChange={setCategory} />}</Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{formatMessage({ id: getTranslation('dialog.cancel'), defaultMessage: 'Annuler' })}</Button>
          </Dialog.Cancel>
          <Button
            loading={sending}
            disabled={!category}
            onClick={async () => {
              setSending(true);
              const done = await onConfirm(category);
              setSending(false);
              if (done) setOpen(false);
            }}
          >
            {label}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};

/** Loaded when the dialog opens: the list is not needed before. */
const CategorySelect = ({ value, onChange }: { value: string; onChange: (slug: string) => void }) => {
  const { formatMessage } = useIntl();
  const { data: categories, error } = useCategories();
  return (
    <Field.Root name="category" required error={error ?? undefined} width="100%">
      <Field.Label>{formatMessage({ id: getTranslation('move.category'), defaultMessage: 'Nouvelle catégorie' })}</Field.Label>
      <SingleSelect value={value} onChange={(next) => onChange(String(next))} loading={!categories && !error}>
        {(categories ?? []).map((category) => (
          <SingleSelectOption key={category.slug} value={category.slug}>
            {category.name}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Error />
    </Field.Root>
  );
};

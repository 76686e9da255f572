import * as React from 'react';
import { Box, Button, Field, Flex, Grid, NumberInput, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { EnterRegistrationRequest } from '../../registrations/admin-contract';
import { t } from './messages';

interface AddRegistrationFormProps {
  capacity: number | null;
  busy: boolean;
  onSubmit(entry: EnterRegistrationRequest): Promise<boolean>;
}

const EMPTY = { name: '', email: '', phone: '', places: 1 as number | undefined, accessibilityNeed: '' };

/**
 * « Ajouter une inscription », for someone who came in person or phoned: a name is enough; with an
 * address, the person gets the site's mails. The server checks every field (a 400 names it).
 */
export const AddRegistrationForm = ({ capacity, busy, onSubmit }: AddRegistrationFormProps) => {
  const { formatMessage } = useIntl();
  const [form, setForm] = React.useState(EMPTY);
  const set = (field: keyof typeof EMPTY) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const entry: EnterRegistrationRequest = {
      name: form.name,
      places: form.places ?? 1,
      ...(form.email.trim() ? { email: form.email.trim() } : {}),
      ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
      ...(form.accessibilityNeed.trim() ? { accessibilityNeed: form.accessibilityNeed.trim() } : {}),
    };
    if (await onSubmit(entry)) setForm(EMPTY);
  };

  return (
    <Box tag="form" onSubmit={submit} padding={4} background="neutral100" hasRadius>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography tag="h3" variant="delta">
          {formatMessage({ id: t('add.title'), defaultMessage: 'Ajouter une inscription' })}
        </Typography>
        <Typography tag="p" variant="pi" textColor="neutral600">
          {formatMessage({
            id: t('add.help'),
            defaultMessage:
              'Pour une personne venue sur place ou qui a téléphoné : le nom suffit. Avec une adresse électronique, elle reçoit la confirmation et le lien d’annulation comme depuis le site.',
          })}
        </Typography>
        <Grid.Root gap={4}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="name" required>
              <Field.Label>{formatMessage({ id: t('add.name'), defaultMessage: 'Nom' })}</Field.Label>
              <TextInput value={form.name} onChange={set('name')} maxLength={120} autoComplete="off" />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root
              name="places"
              required
              hint={capacity === null ? undefined : formatMessage({ id: t('add.placesHint'), defaultMessage: '{capacity} au plus' }, { capacity })}
            >
              <Field.Label>{formatMessage({ id: t('add.places'), defaultMessage: 'Places' })}</Field.Label>
              <NumberInput value={form.places} onValueChange={(places) => setForm((current) => ({ ...current, places }))} />
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="email">
              <Field.Label>{formatMessage({ id: t('add.email'), defaultMessage: 'Adresse électronique (facultative)' })}</Field.Label>
              <TextInput type="email" value={form.email} onChange={set('email')} autoComplete="off" />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="phone">
              <Field.Label>{formatMessage({ id: t('add.phone'), defaultMessage: 'Téléphone (facultatif)' })}</Field.Label>
              <TextInput type="tel" value={form.phone} onChange={set('phone')} autoComplete="off" />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <Field.Root name="accessibilityNeed">
              <Field.Label>{formatMessage({ id: t('add.need'), defaultMessage: 'Besoin d’accessibilité (facultatif)' })}</Field.Label>
              <Textarea value={form.accessibilityNeed} onChange={set('accessibilityNeed')} maxLength={1000} />
            </Field.Root>
          </Grid.Item>
        </Grid.Root>
        <Flex justifyContent="flex-end">
          <Button type="submit" loading={busy} disabled={busy || !form.name.trim()}>
            {formatMessage({ id: t('add.submit'), defaultMessage: 'Ajouter' })}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};

import * as React from 'react';
import { useNotifyError } from '@reseau-epn/admin-kit';
import { Button, Field, Flex, TextInput } from '@strapi/design-system';
import { PaperPlane } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { Language, TestSendBody } from '../../../shared/contracts';
import { getTranslation } from '../utils/getTranslation';
import { LanguageSelect } from './LanguageSelect';
import { Section } from './Section';

/** The next letter, complete, to one address: to check it in a real mail client. */
export const TestSendSection = ({ canSend }: { canSend: boolean }) => {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const notifyError = useNotifyError();
  const [email, setEmail] = React.useState('');
  const [language, setLanguage] = React.useState<Language>('fr');
  const [sending, setSending] = React.useState(false);

  const send = async (event: React.FormEvent) => {
    event.preventDefault();
    setSending(true);
    try {
      await post('/digest/test', { email, locale: language } satisfies TestSendBody);
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: getTranslation('test.sent'), defaultMessage: 'Lettre de test envoyée à {email}.' }, { email }),
      });
    } catch (caught) {
      notifyError(caught, formatMessage({ id: getTranslation('test.error'), defaultMessage: 'La lettre de test n’a pas pu partir.' }));
    }
    setSending(false);
  };

  return (
    <Section title={formatMessage({ id: getTranslation('test.title'), defaultMessage: 'Envoyer un test' })}>
      <form onSubmit={send}>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Field.Root
            name="email"
            required
            hint={formatMessage({ id: getTranslation('test.hint'), defaultMessage: 'La lettre entière, sans filtre, avec « [Test] » dans l’objet.' })}
          >
            <Field.Label>{formatMessage({ id: getTranslation('test.email'), defaultMessage: 'Adresse du destinataire' })}</Field.Label>
            <TextInput type="email" autoComplete="email" value={email} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setEmail(e.target.value)} />
            <Field.Hint />
          </Field.Root>
          <LanguageSelect value={language} onChange={setLanguage} />
          <Flex>
            <Button type="submit" startIcon={<PaperPlane />} loading={sending} disabled={!canSend || !email}>
              {formatMessage({ id: getTranslation('test.submit'), defaultMessage: 'Envoyer le test' })}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Section>
  );
};

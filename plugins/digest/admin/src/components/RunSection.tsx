import * as React from 'react';
import { formatDateTime, useNotifyError } from '@reseau-epn/admin-kit';
import { Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { Play } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { IssuesResponse, RunStarted } from '../../../shared/contracts';
import { getTranslation } from '../utils/getTranslation';
import { Section } from './Section';

/** Starts this week's letter now, after a confirmation: it goes to every confirmed subscriber. */
export const RunSection = ({ canSend, running, onStarted }: { canSend: boolean; running: IssuesResponse['running']; onStarted: () => void }) => {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const notifyError = useNotifyError();
  const [starting, setStarting] = React.useState(false);

  const start = async () => {
    setStarting(true);
    try {
      const response = await post<{ data: RunStarted }>('/digest/runs');
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTranslation('run.started'), defaultMessage: 'Envoi de la lettre {issue} lancé.' },
          { issue: response.data.data.issueKey },
        ),
      });
      onStarted();
    } catch (caught) {
      // A warning: the server refuses a run while another one holds the lock (409).
      notifyError(caught, formatMessage({ id: getTranslation('run.error'), defaultMessage: 'L’envoi n’a pas pu être lancé.' }), 'warning');
    }
    setStarting(false);
  };

  const label = formatMessage({ id: getTranslation('run.start'), defaultMessage: 'Lancer l’envoi' });
  return (
    <Section title={formatMessage({ id: getTranslation('run.title'), defaultMessage: 'Envoi de la semaine' })}>
      <Typography tag="p">
        {formatMessage({
          id: getTranslation('run.explain'),
          defaultMessage:
            'La lettre part d’elle-même chaque lundi à 8 h. Lancer l’envoi maintenant envoie la lettre de cette semaine aux abonnés confirmés ; un abonné ne la reçoit jamais deux fois.',
        })}
      </Typography>
      {running && (
        <Typography tag="p" role="status" textColor="primary600">
          {formatMessage(
            { id: getTranslation('run.running'), defaultMessage: 'Un envoi est en cours (verrou jusqu’à {until}).' },
            { until: formatDateTime(running.expiresAt) },
          )}
        </Typography>
      )}
      <Flex>
        <Dialog.Root>
          <Dialog.Trigger>
            <Button startIcon={<Play />} loading={starting} disabled={!canSend || !!running}>
              {label}
            </Button>
          </Dialog.Trigger>
          <Dialog.Content>
            <Dialog.Header>{label}</Dialog.Header>
            <Dialog.Body>
              {formatMessage({
                id: getTranslation('run.confirm'),
                defaultMessage: 'Envoyer maintenant la lettre de cette semaine à tous les abonnés confirmés ?',
              })}
            </Dialog.Body>
            <Dialog.Footer>
              <Dialog.Cancel>
                <Button variant="tertiary">{formatMessage({ id: getTranslation('run.cancel'), defaultMessage: 'Annuler' })}</Button>
              </Dialog.Cancel>
              <Dialog.Action>
                <Button onClick={() => void start()}>{formatMessage({ id: getTranslation('run.confirmButton'), defaultMessage: 'Envoyer' })}</Button>
              </Dialog.Action>
            </Dialog.Footer>
          </Dialog.Content>
        </Dialog.Root>
      </Flex>
    </Section>
  );
};

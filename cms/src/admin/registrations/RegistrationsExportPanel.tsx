import * as React from 'react';
import { defineSidePanel, useNotifyError, type SavedEntryProps } from '@reseau-epn/admin-kit';
import { UIDS } from '@reseau-epn/platform';
import { Button, Flex, Typography } from '@strapi/design-system';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { registrationsExportUrl, type ExportKind } from '../../registrations/export-contract';

type EventUid = typeof UIDS.atelier | typeof UIDS.formation;
const KINDS: Record<EventUid, ExportKind> = { [UIDS.atelier]: 'atelier', [UIDS.formation]: 'formation' };
const isEvent = (model: string): model is EventUid => Object.prototype.hasOwnProperty.call(KINDS, model);

/** Message ids of this panel: the app's own, not a plugin's. */
const t = (id: string) => `reseau.registrationsExport.${id}`;

/** Hands a downloaded file to the browser under its name, as a link with `download` would. */
function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * The button fetches the file with the admin session's token (a plain link would carry none: the
 * route is never reachable without it), then saves it.
 */
const RegistrationsExportContent = ({ uid, documentId, document: entry }: SavedEntryProps<EventUid>) => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const notifyError = useNotifyError();
  const [busy, setBusy] = React.useState(false);
  const kind = KINDS[uid];
  const slug = typeof entry.slug === 'string' && entry.slug ? entry.slug : documentId;

  const download = async () => {
    setBusy(true);
    try {
      const { data } = await get<Blob>(registrationsExportUrl(kind, documentId), { responseType: 'blob' });
      saveFile(data, `inscriptions-${kind}-${slug}.csv`);
    } catch (error) {
      const refused = isFetchError(error) && error.status === 403;
      notifyError(
        error,
        refused
          ? formatMessage({ id: t('forbidden'), defaultMessage: 'Vous n’avez pas accès aux inscriptions de cet événement.' })
          : formatMessage({ id: t('error'), defaultMessage: 'Impossible de télécharger la liste des inscriptions.' }),
        refused ? 'warning' : 'danger',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography tag="p" variant="pi" textColor="neutral600">
        {formatMessage({
          id: t('help'),
          defaultMessage:
            'Un tableur (CSV) des inscriptions à cet événement, pour l’équipe de l’espace où il a lieu, les techniciens et les modérateurs. Il contient des données personnelles : ne le diffusez pas, supprimez-le après l’événement.',
        })}
      </Typography>
      <Button variant="secondary" onClick={download} loading={busy} fullWidth>
        {formatMessage({ id: t('download'), defaultMessage: 'Télécharger la liste des inscriptions' })}
      </Button>
    </Flex>
  );
};

/** « Inscriptions » in an atelier's or a formation's edit view: the team's CSV (cms/src/registrations/export-route.ts). */
export const RegistrationsExportPanel = defineSidePanel({
  name: 'RegistrationsExportPanel',
  appliesTo: isEvent,
  title: { id: t('title'), defaultMessage: 'Inscriptions' },
  Content: RegistrationsExportContent,
});

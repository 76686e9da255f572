import * as React from 'react';
import { defineSidePanel, PanelStates, useNotifyError, type SavedEntryProps } from '@reseau-epn/admin-kit';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { CONTENT_MANAGER_ACTION, UIDS } from '@reseau-epn/platform';
import { Button, Flex, Typography } from '@strapi/design-system';
import { useAuth, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { registrationsExportUrl, type ExportKind } from '../../registrations/export-contract';
import { t } from './messages';
import { RegistrationsModal } from './RegistrationsModal';
import { useRegistrations } from './useRegistrations';

type EventUid = typeof UIDS.atelier | typeof UIDS.formation;
const KINDS: Record<EventUid, ExportKind> = { [UIDS.atelier]: 'atelier', [UIDS.formation]: 'formation' };
const isEvent = (model: string): model is EventUid => Object.prototype.hasOwnProperty.call(KINDS, model);

/** The export's message ids, kept from the panel's first version. */
const exportT = (id: string) => `reseau.registrationsExport.${id}`;

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
 * The counts, « Gérer les inscriptions » (the modal: the table, entries, cancellations,
 * attendance) and the team's CSV. The CSV is fetched with the admin session's token (a plain link
 * would carry none), then saved. Nothing shows to someone who may not read the registrations.
 */
const RegistrationsContent = ({ uid, documentId, document: entry, updatedAt }: SavedEntryProps<EventUid>) => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const notifyError = useNotifyError();
  const [downloading, setDownloading] = React.useState(false);
  const [open, setOpen] = React.useState(false);
  const kind = KINDS[uid];
  const slug = typeof entry.slug === 'string' && entry.slug ? entry.slug : documentId;
  const title = typeof entry.title === 'string' ? entry.title : slug;
  const registrations = useRegistrations(kind, documentId, updatedAt);
  const { data, error } = registrations;

  const download = async () => {
    setDownloading(true);
    try {
      const { data: file } = await get<Blob>(registrationsExportUrl(kind, documentId), { responseType: 'blob' });
      saveFile(file, `inscriptions-${kind}-${slug}.csv`);
    } catch (caught) {
      notifyError(caught, formatMessage({ id: exportT('error'), defaultMessage: 'Impossible de télécharger la liste des inscriptions.' }));
    } finally {
      setDownloading(false);
    }
  };

  const counts = data?.counts;
  return (
    <PanelStates ready={data !== null} error={error} loadingLabel={formatMessage({ id: t('loading'), defaultMessage: 'Chargement des inscriptions…' })}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        {counts ? (
          <Typography tag="p" variant="omega">
            {counts.capacity === null
              ? formatMessage(
                  { id: t('counts.unlimited'), defaultMessage: '{confirmed, plural, one {# place confirmée} other {# places confirmées}}' },
                  { confirmed: counts.confirmedPlaces },
                )
              : formatMessage(
                  { id: t('counts.capacity'), defaultMessage: '{confirmed, plural, one {# place confirmée} other {# places confirmées}} sur {capacity}' },
                  { confirmed: counts.confirmedPlaces, capacity: counts.capacity },
                )}
            <br />
            {formatMessage(
              {
                id: t('counts.waiting'),
                defaultMessage:
                  '{count, plural, =0 {Personne en liste d’attente} one {# inscription en liste d’attente} other {# inscriptions en liste d’attente}}',
              },
              { count: counts.waitingRegistrations },
            )}
          </Typography>
        ) : null}
        <Button variant="default" onClick={() => setOpen(true)} fullWidth>
          {formatMessage({ id: t('manage'), defaultMessage: 'Gérer les inscriptions' })}
        </Button>
        <Typography tag="p" variant="pi" textColor="neutral600">
          {formatMessage({
            id: exportT('help'),
            defaultMessage:
              'Un tableur (CSV) des inscriptions à cet événement, pour l’équipe de l’espace où il a lieu, les techniciens et les modérateurs. Il contient des données personnelles : ne le diffusez pas, supprimez-le après l’événement.',
          })}
        </Typography>
        <Button variant="secondary" onClick={download} loading={downloading} fullWidth>
          {formatMessage({ id: exportT('download'), defaultMessage: 'Télécharger la liste des inscriptions' })}
        </Button>
        {open ? <RegistrationsModal title={title} registrations={registrations} onClose={() => setOpen(false)} /> : null}
      </Flex>
    </PanelStates>
  );
};

const DescribedPanel = defineSidePanel({
  name: 'RegistrationsPanel',
  appliesTo: isEvent,
  title: { id: t('title'), defaultMessage: 'Inscriptions' },
  Content: RegistrationsContent,
});

const READ = `${CONTENT_MANAGER_ACTION}read`;

/**
 * « Inscriptions » in an atelier's or a formation's edit view (cms/src/registrations:
 * admin-routes.ts, export-route.ts), only for a user whose roles read registrations at all; the
 * routes then say whether this very event's are theirs (the space's team) and whether they may write.
 */
export const RegistrationsPanel: PanelComponent = (props) => {
  const described = DescribedPanel(props);
  const canRead = useAuth('RegistrationsPanel', (auth) => auth.permissions.some((p) => p.action === READ && p.subject === UIDS.inscription));
  return canRead ? described : null;
};
Object.defineProperty(RegistrationsPanel, 'name', { value: 'RegistrationsPanel' });

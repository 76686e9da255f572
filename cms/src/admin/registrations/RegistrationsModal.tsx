import { PanelStates } from '@reseau-epn/admin-kit';
import { Button, Checkbox, Flex, Modal, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { AdminRegistration, RegistrationState } from '../../registrations/admin-contract';
import { AddRegistrationForm } from './AddRegistrationForm';
import { CancelRegistrationButton } from './CancelRegistrationButton';
import { t } from './messages';
import type { RegistrationsState } from './useRegistrations';

interface RegistrationsModalProps {
  title: string;
  registrations: RegistrationsState;
  onClose(): void;
}

const STATES: Record<RegistrationState, { id: string; defaultMessage: string }> = {
  confirmee: { id: t('state.confirmee'), defaultMessage: 'Confirmée' },
  en_attente: { id: t('state.en_attente'), defaultMessage: 'Liste d’attente ({position})' },
  annulee: { id: t('state.annulee'), defaultMessage: 'Annulée' },
};

/**
 * « Gérer les inscriptions »: the table (name, contact, places, state, need, attendance), the
 * form to add one, and a cancellation per row. Write controls only when the server says the
 * caller may write; attendance from the event's start on, for confirmed registrations.
 */
export const RegistrationsModal = ({ title, registrations, onClose }: RegistrationsModalProps) => {
  const { formatMessage } = useIntl();
  const { data, error, busy, enter, cancel, markAttendance } = registrations;
  const canWrite = data?.canWrite ?? false;
  const counts = data?.counts;
  const rows = data?.registrations ?? [];

  const attendanceCell = (row: AdminRegistration) => {
    const label = formatMessage({ id: t('attended.label'), defaultMessage: 'Présence de {name}' }, { name: row.name });
    if (row.state !== 'confirmee') return null;
    return (
      <Checkbox
        aria-label={label}
        checked={row.attended === true}
        disabled={!canWrite || !counts?.started || busy}
        onCheckedChange={(checked: boolean | 'indeterminate') => void markAttendance([{ documentId: row.documentId, attended: checked === true }])}
      />
    );
  };

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header closeLabel={formatMessage({ id: t('modal.close'), defaultMessage: 'Fermer' })}>
          <Modal.Title>{formatMessage({ id: t('modal.title'), defaultMessage: 'Inscriptions : {title}' }, { title })}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <PanelStates ready={data !== null} error={error} loadingLabel={formatMessage({ id: t('loading'), defaultMessage: 'Chargement des inscriptions…' })}>
            <Flex direction="column" alignItems="stretch" gap={6}>
              {counts && !counts.started ? (
                <Typography tag="p" variant="pi" textColor="neutral600">
                  {formatMessage({ id: t('attended.later'), defaultMessage: 'La présence se note une fois l’événement commencé.' })}
                </Typography>
              ) : null}
              {rows.length === 0 ? (
                <Typography tag="p" variant="omega">
                  {formatMessage({ id: t('empty'), defaultMessage: 'Aucune inscription pour l’instant.' })}
                </Typography>
              ) : (
                <Table colCount={7} rowCount={rows.length + 1}>
                  <Thead>
                    <Tr>
                      <Th>
                        <Typography variant="sigma">{formatMessage({ id: t('col.name'), defaultMessage: 'Nom' })}</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">{formatMessage({ id: t('col.contact'), defaultMessage: 'Contact' })}</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">{formatMessage({ id: t('col.places'), defaultMessage: 'Places' })}</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">{formatMessage({ id: t('col.state'), defaultMessage: 'État' })}</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">{formatMessage({ id: t('col.need'), defaultMessage: 'Besoin' })}</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">{formatMessage({ id: t('col.attended'), defaultMessage: 'Présent·e' })}</Typography>
                      </Th>
                      <Th>
                        <VisuallyHidden>{formatMessage({ id: t('col.actions'), defaultMessage: 'Actions' })}</VisuallyHidden>
                      </Th>
                    </Tr>
                  </Thead>
                  <Tbody>
                    {rows.map((row) => (
                      <Tr key={row.documentId}>
                        <Td>
                          <Typography textColor="neutral800">{row.name}</Typography>
                        </Td>
                        <Td>
                          <Flex direction="column" alignItems="flex-start">
                            {row.email ? <Typography variant="pi">{row.email}</Typography> : null}
                            {row.phone ? <Typography variant="pi">{row.phone}</Typography> : null}
                          </Flex>
                        </Td>
                        <Td>
                          <Typography>{row.places}</Typography>
                        </Td>
                        <Td>
                          <Typography>{formatMessage(STATES[row.state], { position: row.waitingPosition ?? '' })}</Typography>
                        </Td>
                        <Td>
                          <Typography variant="pi">{row.accessibilityNeed ?? ''}</Typography>
                        </Td>
                        <Td>{attendanceCell(row)}</Td>
                        <Td>
                          {canWrite && row.state !== 'annulee' && !counts?.closed ? (
                            <CancelRegistrationButton registration={row} disabled={busy} onConfirm={() => void cancel(row.documentId)} />
                          ) : null}
                        </Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              )}
              {canWrite && counts && !counts.closed ? <AddRegistrationForm capacity={counts.capacity} busy={busy} onSubmit={enter} /> : null}
            </Flex>
          </PanelStates>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{formatMessage({ id: t('modal.close'), defaultMessage: 'Fermer' })}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};

import * as React from 'react';
import { useAdminData, useNotifyError } from '@reseau-epn/admin-kit';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import {
  registrationsAdminUrls,
  type AttendanceRequest,
  type EnterRegistrationRequest,
  type RegistrationsListResponse,
} from '../../registrations/admin-contract';
import type { ExportKind } from '../../registrations/export-contract';
import { t } from './messages';

export type RegistrationsData = RegistrationsListResponse['data'];

/**
 * The event's registrations through the panel's admin routes, and the team's writes on them; each
 * write reloads the list (a cancellation or an entry may move the waiting list up).
 */
export function useRegistrations(kind: ExportKind, documentId: string, reloadKey?: unknown) {
  const { formatMessage } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const notifyError = useNotifyError();
  const [busy, setBusy] = React.useState(false);

  const load = React.useCallback(
    async () => (await get<RegistrationsListResponse>(registrationsAdminUrls.list(kind, documentId))).data.data,
    [get, kind, documentId],
  );
  const fallbackMessage = formatMessage({ id: t('loadError'), defaultMessage: 'Impossible de charger les inscriptions.' });
  const state = useAdminData({ load, fallbackMessage, reloadKey });

  /** Runs a write; true when it went through. A 400 names the field in its message, shown as is. */
  const write = async (run: () => Promise<unknown>, done: string, failed: string): Promise<boolean> => {
    setBusy(true);
    try {
      await run();
      toggleNotification({ type: 'success', message: done });
      await state.reload();
      return true;
    } catch (error) {
      notifyError(error, failed);
      return false;
    } finally {
      setBusy(false);
    }
  };

  return {
    ...state,
    busy,
    enter: (entry: EnterRegistrationRequest) =>
      write(
        () => post(registrationsAdminUrls.enter(kind, documentId), entry),
        formatMessage({ id: t('entered'), defaultMessage: 'Inscription enregistrée.' }),
        formatMessage({ id: t('enterError'), defaultMessage: 'Impossible d’enregistrer l’inscription.' }),
      ),
    cancel: (registrationDocumentId: string) =>
      write(
        () => post(registrationsAdminUrls.cancel(registrationDocumentId), {}),
        formatMessage({ id: t('cancelled'), defaultMessage: 'Inscription annulée.' }),
        formatMessage({ id: t('cancelError'), defaultMessage: 'Impossible d’annuler l’inscription.' }),
      ),
    markAttendance: (attendance: AttendanceRequest['attendance']) =>
      write(
        () => post(registrationsAdminUrls.attendance(kind, documentId), { attendance } satisfies AttendanceRequest),
        formatMessage({ id: t('attendanceSaved'), defaultMessage: 'Présence enregistrée.' }),
        formatMessage({ id: t('attendanceError'), defaultMessage: 'Impossible d’enregistrer la présence.' }),
      ),
  };
}

export type RegistrationsState = ReturnType<typeof useRegistrations>;

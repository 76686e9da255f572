import * as React from 'react';
import { formatDateTime, isAbortError, useAdminData, useNotifyError, useRefetchEditView } from '@reseau-epn/admin-kit';
import { useDocumentRBAC, useForm, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { TrackedUid } from '@reseau-epn/platform';
import { getTranslation } from '../utils/getTranslation';
import { numberVersions, type Version } from '../utils/versions';
import { useRevisionsApi } from './useRevisionsApi';
import { useVersionSelection } from './useVersionSelection';

export interface RevisionsArgs {
  uid: TrackedUid;
  documentId: string;
  /** The version on screen's locale; none for a type without i18n. */
  locale?: string;
  collectionType: string;
  /** Changes when the entry is saved: every save is a new version. */
  updatedAt?: string;
}

/**
 * The « Historique » panel's data and actions: the document's versions in this locale, newest
 * first and numbered, loaded on mount and after each save; the two picked for comparison;
 * restoring one.
 */
export function useRevisions({ uid, documentId, locale, collectionType, updatedAt }: RevisionsArgs) {
  const { formatMessage } = useIntl();
  const api = useRevisionsApi();
  const { toggleNotification } = useNotification();
  const notifyError = useNotifyError();
  const refetchDocument = useRefetchEditView({ collectionType, model: uid, documentId });
  // Unsaved edits would be lost by the reload that follows a restore.
  const modified = useForm('RevisionsPanel', (form) => form.modified, false) ?? false;
  // The server checks it too; this only spares a button that would fail.
  const canUpdate = useDocumentRBAC('RevisionsPanel', (rbac) => rbac.canUpdate, false) !== false;
  const [restoringId, setRestoringId] = React.useState<number | null>(null);

  const load = React.useCallback(async () => numberVersions(await api.list({ uid, documentId }, locale)), [api, uid, documentId, locale]);
  const {
    data: versions,
    setData,
    error,
    reload,
  } = useAdminData({
    load,
    reloadKey: updatedAt,
    notifyOnError: true,
    fallbackMessage: formatMessage({ id: getTranslation('panel.error.load'), defaultMessage: 'Impossible de charger l’historique.' }),
  });
  const [selection, setSelection] = useVersionSelection(versions);

  const restore = async (revision: Version) => {
    setRestoringId(revision.id);
    try {
      setData(numberVersions(await api.restore({ uid, documentId }, revision.id)));
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTranslation('restore.success'), defaultMessage: 'Version n° {number} du {date} restaurée.' },
          { number: revision.number, date: formatDateTime(revision.createdAt) },
        ),
      });
      // The form would otherwise still hold the replaced content (and could write it back on save).
      refetchDocument();
    } catch (caught) {
      if (isAbortError(caught)) return;
      notifyError(caught, formatMessage({ id: getTranslation('restore.error'), defaultMessage: 'La version n’a pas pu être restaurée.' }));
      // Someone else may have saved meanwhile: show where the history stands now.
      void reload();
    } finally {
      setRestoringId(null);
    }
  };

  return { versions, error, selection, setSelection, restoringId, restore, modified, canUpdate };
}

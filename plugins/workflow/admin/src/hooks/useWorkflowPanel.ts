import * as React from 'react';
import { isAbortError, useAdminData, useNotifyError, useRefetchEditView } from '@reseau-epn/admin-kit';
import { useForm, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useHref } from 'react-router-dom';
import type { TransitionOption, WorkflowState } from '../../../shared/contracts';
import { FICHE_UID, editViewPath, type WorkflowUid } from '../constants';
import { getTranslation } from '../utils/getTranslation';
import { formPayload } from '../utils/payload';
import { useWorkflowApi } from './useWorkflowApi';

export interface WorkflowPanelArgs {
  uid: WorkflowUid;
  documentId: string;
  collectionType: string;
  /** Changes when the entry is saved: its state may have changed too (the Publish button). */
  updatedAt?: string;
}

/** What is on its way: a transition (by name) or « Créer une fiche ». */
export type Pending = { kind: 'transition'; name: string } | { kind: 'fiche' } | null;

/**
 * The state panel's data and actions: the entry's state, transitions and history, loaded on
 * mount and after each save; firing a transition; making a fiche from an intervention.
 */
export function useWorkflowPanel({ uid, documentId, collectionType, updatedAt }: WorkflowPanelArgs) {
  const { formatMessage } = useIntl();
  const api = useWorkflowApi();
  const { toggleNotification } = useNotification();
  const notifyError = useNotifyError();
  const adminRoot = useHref('/');
  const refetchDocument = useRefetchEditView({ collectionType, model: uid, documentId });
  // Unsaved edits would be lost by that reload, and the server checks the saved entry.
  const modified = useForm('WorkflowPanel', (form) => form.modified, false) ?? false;
  // A transition with a payload (« Reprogrammer ») takes its new values from the form itself:
  // those fields are frozen, so saving them would be refused.
  const values = useForm('WorkflowPanel', (form) => form.values as Record<string, unknown>, false);
  const [pending, setPending] = React.useState<Pending>(null);

  const load = React.useCallback(() => api.getState(uid, documentId), [api, uid, documentId]);
  const state = useAdminData({
    load,
    reloadKey: updatedAt,
    fallbackMessage: formatMessage({
      id: getTranslation('panel.error.load'),
      defaultMessage: 'Impossible de charger le circuit de validation.',
    }),
  });
  const { setData, reload } = state;

  /** Fires a transition with an optional comment; true when it went through. */
  const fire = async (transition: TransitionOption, comment: string): Promise<boolean> => {
    setPending({ kind: 'transition', name: transition.name });
    try {
      const next: WorkflowState = await api.fireTransition(uid, documentId, transition.name, {
        comment: comment.trim() || undefined,
        data: transition.fields ? formPayload(values ?? {}, transition.fields) : undefined,
      });
      setData(next);
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTranslation('panel.fire.success'), defaultMessage: '« {transition} » : l’entrée est maintenant « {state} ».' },
          { transition: transition.label, state: next.stateLabel },
        ),
      });
      refetchDocument();
      return true;
    } catch (error) {
      if (isAbortError(error)) return false;
      notifyError(error, formatMessage({ id: getTranslation('panel.fire.error'), defaultMessage: 'La transition n’a pas pu être effectuée.' }));
      // Someone else may have moved the entry meanwhile: show where it stands now.
      void reload();
      return false;
    } finally {
      setPending(null);
    }
  };

  /** « Créer une fiche »: a draft fiche from this intervention, linked to it. */
  const createFiche = async () => {
    setPending({ kind: 'fiche' });
    try {
      const fiche = await api.createFicheFromIntervention(documentId);
      toggleNotification({
        type: 'success',
        message: formatMessage({
          id: getTranslation('panel.fiche.success'),
          defaultMessage: 'Fiche créée en brouillon à partir de cette intervention.',
        }),
        link: {
          label: formatMessage({ id: getTranslation('panel.fiche.link'), defaultMessage: 'Ouvrir la nouvelle fiche' }),
          url: `${adminRoot.replace(/\/$/, '')}${editViewPath(FICHE_UID, fiche.documentId)}`,
        },
      });
      // The intervention is now linked to the fiche.
      refetchDocument();
      void reload();
    } catch (error) {
      notifyError(error, formatMessage({ id: getTranslation('panel.fiche.error'), defaultMessage: 'La fiche n’a pas pu être créée.' }));
    } finally {
      setPending(null);
    }
  };

  return { workflow: state.data, loadError: state.error, modified, pending, fire, createFiche };
}

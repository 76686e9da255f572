import * as React from 'react';
import { type MessageDescriptor, useIntl } from 'react-intl';
import { getTranslation } from './getTranslation';

/**
 * Labels of the state keys the three machines use (the server's labels, in French); a key
 * that is not listed is shown as is.
 */
const STATES: Record<string, MessageDescriptor> = {
  // Fiche review
  brouillon: { id: getTranslation('state.brouillon'), defaultMessage: 'Brouillon' },
  en_relecture: { id: getTranslation('state.en_relecture'), defaultMessage: 'En relecture' },
  modifications_demandees: { id: getTranslation('state.modifications_demandees'), defaultMessage: 'Modifications demandées' },
  publiee: { id: getTranslation('state.publiee'), defaultMessage: 'Publiée' },
  archivee: { id: getTranslation('state.archivee'), defaultMessage: 'Archivée' },
  // Interventions
  nouvelle: { id: getTranslation('state.nouvelle'), defaultMessage: 'Nouvelle' },
  prise_en_charge: { id: getTranslation('state.prise_en_charge'), defaultMessage: 'Prise en charge' },
  en_cours: { id: getTranslation('state.en_cours'), defaultMessage: 'En cours' },
  en_attente: { id: getTranslation('state.en_attente'), defaultMessage: 'En attente' },
  resolue: { id: getTranslation('state.resolue'), defaultMessage: 'Résolue' },
  cloturee: { id: getTranslation('state.cloturee'), defaultMessage: 'Clôturée' },
  // Loans
  demande: { id: getTranslation('state.demande'), defaultMessage: 'Demandé' },
  accepte: { id: getTranslation('state.accepte'), defaultMessage: 'Accepté' },
  refuse: { id: getTranslation('state.refuse'), defaultMessage: 'Refusé' },
  rendu: { id: getTranslation('state.rendu'), defaultMessage: 'Rendu' },
  annule: { id: getTranslation('state.annule'), defaultMessage: 'Annulé' },
};

/** `(state key) => label`, in the admin's language. */
export function useStateLabel(): (state: string) => string {
  const { formatMessage } = useIntl();
  return React.useCallback(
    (state: string) => {
      const message = STATES[state];
      return message ? formatMessage(message) : state;
    },
    [formatMessage],
  );
}

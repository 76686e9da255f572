import { labelListColumns } from '@reseau-epn/admin-kit';
import { FICHE_UID, INTERVENTION_UID, PRET_UID } from '../constants';
import { StateLabelCell } from '../components/list/StateCell';

/**
 * `Admin/CM/pages/ListView/inject-column-in-table`: the state column of fiches, interventions and
 * loans (« État », each type's state attribute as cms/src/admin-layouts names it) shows the state's
 * label instead of its key.
 */
export const injectStateColumn = labelListColumns({ [FICHE_UID]: 'reviewState', [INTERVENTION_UID]: 'state', [PRET_UID]: 'state' }, ({ value }) => (
  <StateLabelCell state={value} />
));

/** The plugin's id (routes under /workflow, translations under `workflow.`) and its admin permissions. */
import { UIDS } from '@reseau-epn/platform';

export { PERMISSIONS, PLUGIN_ID } from '../../shared/permissions';

export const FICHE_UID = UIDS.fiche;
export const INTERVENTION_UID = UIDS.intervention;
export const PRET_UID = UIDS.pret;

/** The content types a workflow drives: the edit-view panel shows for these only. */
export const WORKFLOW_UIDS = [FICHE_UID, INTERVENTION_UID, PRET_UID] as const;
export type WorkflowUid = (typeof WORKFLOW_UIDS)[number];

export const isWorkflowUid = (uid: string): uid is WorkflowUid => (WORKFLOW_UIDS as readonly string[]).includes(uid);

/** An intervention in one of these states may become a fiche (« Créer une fiche »). */
export const FICHE_SOURCE_STATES: readonly string[] = ['resolue', 'cloturee'];

/** Open intervention states in the order an intervention goes through them (the dashboard's counts). */
export const INTERVENTION_STATE_ORDER: readonly string[] = ['nouvelle', 'prise_en_charge', 'en_cours', 'en_attente', 'resolue', 'cloturee'];

/** Longest comment a transition takes (the server refuses more). */
export const COMMENT_MAX = 2000;

/** Path of an entry's edit view, relative to the admin panel's root (the router adds /admin). */
export const editViewPath = (uid: string, documentId: string): string => `/content-manager/collection-types/${uid}/${encodeURIComponent(documentId)}`;

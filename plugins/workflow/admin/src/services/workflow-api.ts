/**
 * The workflow's admin routes, typed by the contracts the server shares (plugins/workflow/shared).
 * Requests go through Strapi's admin fetch client (`useFetchClient`), which adds the admin's URL
 * and token and aborts when the component that asked unmounts.
 */
import type { FetchClient } from '@strapi/strapi/admin';
import type { DashboardData, FireTransitionBody, WorkflowState } from '../../../shared/contracts';
import { PLUGIN_ID } from '../constants';

/** The route that answers a state and takes its transitions. */
const statePath = (uid: string, documentId: string) => `/${PLUGIN_ID}/states/${uid}/${encodeURIComponent(documentId)}`;

export const workflowApi = ({ get, post }: Pick<FetchClient, 'get' | 'post'>) => ({
  /** GET /workflow/dashboard: what waits, loans out, response times. */
  getDashboard: async (): Promise<DashboardData> => (await get<{ data: DashboardData }>(`/${PLUGIN_ID}/dashboard`)).data.data,

  /** GET /workflow/states/:uid/:documentId: an entry's state, the transitions open to the user, its history. */
  getState: async (uid: string, documentId: string): Promise<WorkflowState> => (await get<{ data: WorkflowState }>(statePath(uid, documentId))).data.data,

  /** POST …/transitions/:name: fires a transition; answers the new state (a 409 when someone moved it first). */
  fireTransition: async (uid: string, documentId: string, name: string, body: FireTransitionBody): Promise<WorkflowState> =>
    (await post<{ data: WorkflowState }, FireTransitionBody>(`${statePath(uid, documentId)}/transitions/${encodeURIComponent(name)}`, body)).data.data,

  /** POST /workflow/interventions/:documentId/fiche: a draft fiche made from a resolved intervention. */
  createFicheFromIntervention: async (documentId: string): Promise<{ documentId: string; slug: string }> =>
    (await post<{ data: { documentId: string; slug: string } }>(`/${PLUGIN_ID}/interventions/${encodeURIComponent(documentId)}/fiche`)).data.data,
});

export type WorkflowApi = ReturnType<typeof workflowApi>;

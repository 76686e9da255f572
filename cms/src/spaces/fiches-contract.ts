/**
 * GET /fiches-for-space/:documentId?locale=fr, the admin route of the « Fiches pour cet espace »
 * panel: shared by the server (fiches-route.ts) and the admin panel (cms/src/admin/spaces).
 */

/** The admin API has no prefix of its own: the route is /fiches-for-space/… on the CMS. */
export const FICHES_FOR_SPACE_PATH = '/fiches-for-space';

/** One line of the panel: public fields of a published fiche, its site page, its edit view when the caller may open it. */
export interface FicheForSpace {
  documentId: string;
  title: string;
  summary: string | null;
  siteUrl: string;
  /** The fiche's edit view in the Content Manager (admin-relative), only when the caller may read it there. */
  editPath: string | null;
}

export interface FichesForSpaceResponse {
  data: FicheForSpace[];
}

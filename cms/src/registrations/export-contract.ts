/**
 * GET /registrations-export/:kind/:documentId.csv, the admin route of the team's CSV: shared by
 * the server (export-route.ts) and the admin panel (cms/src/admin/registrations).
 */

/** The admin API has no prefix of its own: the route is /registrations-export/… on the CMS. */
export const REGISTRATIONS_EXPORT_PATH = '/registrations-export';

export type ExportKind = 'atelier' | 'formation';

/** The export of one event's registrations, relative to the CMS. */
export const registrationsExportUrl = (kind: ExportKind, documentId: string) => `${REGISTRATIONS_EXPORT_PATH}/${kind}/${encodeURIComponent(documentId)}.csv`;

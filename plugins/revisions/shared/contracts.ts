/** Shapes of the revisions routes, shared by the server, the admin and the site. */

export interface RevisionSummary {
  id: number;
  locale: string | null;
  authorName: string;
  summary: string | null;
  createdAt: string;
  /** When this version was published, if it was. */
  publishedAt: string | null;
}

export interface RevisionDetail extends RevisionSummary {
  content: Record<string, unknown>;
}

/** One changed field: text fields word by word, other fields as before → after. */
export type FieldChange =
  | { field: string; kind: 'text'; parts: { value: string; added?: boolean; removed?: boolean }[] }
  | { field: string; kind: 'value'; before: unknown; after: unknown };

export interface RevisionDiff {
  from: number;
  to: number;
  changes: FieldChange[];
}

/**
 * GET /api/revisions/history/{uid}[/{documentId}]: the published history of documents published
 * now, for the site. Dates and authors only: the edit summary is private.
 */
export interface PublicHistory {
  documentId: string;
  locale: string | null;
  /** The newest published versions (at most the `publicHistoryLimit` setting), oldest first. */
  versions: { publishedAt: string; authorName: string }[];
  /** Slugs this document was published under before its current one (the site redirects them). */
  formerSlugs: string[];
}

import type { RevisionSummary } from '../../../shared/contracts';

/** A revision with its rank in the document's history (1 = the first version kept), as the panel shows it. */
export interface Version extends RevisionSummary {
  number: number;
}

/** The two versions to compare, by revision id. */
export interface Selection {
  older: number;
  newer: number;
}

/** Newest first, whatever order the server used (ties within a second by id), numbered from the oldest. */
export function numberVersions(revisions: RevisionSummary[]): Version[] {
  const sorted = [...revisions].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  return sorted.map((revision, index) => ({ ...revision, number: sorted.length - index }));
}

/** The latest version against the one before it, as a wiki's « diff » link does. */
export const defaultSelection = (versions: Version[]): Selection | null => (versions.length >= 2 ? { older: versions[1].id, newer: versions[0].id } : null);

/** The older of the two first, whichever select each was chosen in. */
export function chronological(versions: Version[], { older, newer }: Selection): Selection {
  const numberOf = (id: number) => versions.find((version) => version.id === id)?.number ?? 0;
  return numberOf(older) <= numberOf(newer) ? { older, newer } : { older: newer, newer: older };
}

/**
 * Where a person stands on the paths of the formation they register for: pure, from what the
 * reader found (standing-reader.ts), so that the rule is read and tested in one place.
 */
export type StepStatus = 'suivie' | 'inscrit' | 'a_venir';

export interface FormationRef {
  documentId: string;
  title: string;
}

/** A published parcours: its formations in the path's order. */
export interface PathInput {
  title: string;
  formations: FormationRef[];
}

/** One registration with the person's address. */
export interface PastRegistration {
  formation: string;
  state: 'confirmee' | 'en_attente' | 'annulee';
  attended: boolean | null;
}

export interface Standing {
  paths: { title: string; steps: (FormationRef & { status: StepStatus; current: boolean })[] }[];
  /** Prerequisites of the formation not attended yet, in their order. */
  missingPrerequisites: FormationRef[];
}

/** « suivie » once attended, « inscrit·e » while confirmed or waiting, « à venir » otherwise. */
export function stepStatus(formation: string, registrations: readonly PastRegistration[]): StepStatus {
  const mine = registrations.filter((r) => r.formation === formation);
  if (mine.some((r) => r.attended === true)) return 'suivie';
  if (mine.some((r) => r.state === 'confirmee' || r.state === 'en_attente')) return 'inscrit';
  return 'a_venir';
}

/** Null when there is nothing to tell: no path and no prerequisite missing. */
export function standingOf(
  formation: string,
  paths: readonly PathInput[],
  prerequisites: readonly FormationRef[],
  registrations: readonly PastRegistration[],
): Standing | null {
  const standing: Standing = {
    paths: paths.map((path) => ({
      title: path.title,
      steps: path.formations.map((step) => ({ ...step, status: stepStatus(step.documentId, registrations), current: step.documentId === formation })),
    })),
    missingPrerequisites: prerequisites.filter((p) => stepStatus(p.documentId, registrations) !== 'suivie'),
  };
  return standing.paths.length > 0 || standing.missingPrerequisites.length > 0 ? standing : null;
}

/** Request and response shapes of the workflow routes, shared by the server and the admin. */

export interface TransitionOption {
  name: string;
  label: string;
  to: string;
  /** The entry's fields it sets from `data` (its payload), when it takes any: « reprogrammer » a loan's dates. */
  fields?: string[];
}

export interface HistoryEntry {
  id: number;
  transition: string;
  from: string;
  to: string;
  comment: string | null;
  actorName: string;
  createdAt: string;
}

/** GET …/{uid}/{documentId}: the state panel. */
export interface WorkflowState {
  uid: string;
  documentId: string;
  state: string;
  stateLabel: string;
  /** Transitions the current user may fire from this state. */
  transitions: TransitionOption[];
  history: HistoryEntry[];
}

/** POST …/{uid}/{documentId}/transitions/{name}. */
export interface FireTransitionBody {
  comment?: string;
  /** New values of the transition's `fields` (dates as YYYY-MM-DD, a related entry by documentId). */
  data?: Record<string, unknown>;
}

export interface DashboardData {
  fichesAwaitingReview: { documentId: string; title: string; since: string }[];
  openInterventions: {
    byState: Record<string, number>;
    items: { documentId: string; reference: string; title: string; state: string; ageDays: number }[];
  };
  /** Medians in hours, per space and per category: time to first response, time to resolution. */
  responseTimes: { group: 'space' | 'category'; key: string; firstResponseHours: number | null; resolutionHours: number | null; count: number }[];
  loans: {
    startingThisWeek: LoanSummary[];
    endingThisWeek: LoanSummary[];
    overdue: LoanSummary[];
  };
}

export interface LoanSummary {
  documentId: string;
  reference: string;
  equipment: string;
  space: string;
  startDate: string;
  endDate: string;
  state: string;
}

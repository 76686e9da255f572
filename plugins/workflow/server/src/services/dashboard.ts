import { daysBetween, DEFAULT_LOCALE, parisDay, parisToday, UIDS } from '@reseau-epn/platform';
import type { Core, UID } from '@strapi/strapi';
import type { DashboardData, LoanSummary } from '../../../shared/contracts';
import type { UserAbility } from '../engine/types';
import { HOLDING_STATES } from '../machines/loan-overlap';
import { documentPermissions } from '../utils/document-permissions';
import { groupTimings, weekOf } from './response-times';

const HISTORY = UIDS.workflowTransition;
const CLOSED = ['resolue', 'cloturee'];

// Strapi's generated types leave every attribute optional and dates `Date | string`: these rows
// name the schema's required attributes as the database returns them (dates as YYYY-MM-DD).
interface Named {
  name?: string | null;
}
interface InterventionRow {
  documentId: string;
  reference: string;
  title: string;
  state: string;
  createdAt: string;
  space?: Named | null;
  category?: Named | null;
}
interface LoanRow {
  documentId: string;
  reference: string;
  state: string;
  startDate: string;
  endDate: string;
  equipment?: Named | null;
  borrowingSpace?: Named | null;
}
interface FicheRow {
  documentId: string;
  title: string;
  updatedAt: string;
}
interface HistoryRow {
  targetDocumentId: string;
  from: string;
  to: string;
  createdAt: string;
}

/** A query's own filters within what the viewer may read (the conditions' filters, as in the list view). */
const within = <F>(readable: F, own?: F): F | { $and: F[] } => (own ? { $and: [own, readable] } : readable);

/** Whole Paris days from an entry's creation to today; never negative (a clock ahead of the database's). */
export const ageInDays = (createdAt: string | Date, today: string): number => Math.max(0, daysBetween(parisDay(createdAt), today));

/**
 * The « Tableau de bord » page: what waits for review, open interventions, this week's loans.
 * Every list and figure counts only what the viewer may read in the Content Manager (an
 * Animateur sees their own requests and loans); without an ability, nothing.
 */
export const dashboard = ({ strapi }: { strapi: Core.Strapi }) => {
  /** What this viewer may read of a type (null: nothing), as the Content Manager decides. */
  const readable = <TUid extends UID.ContentType>(ability: UserAbility | null, uid: TUid) => documentPermissions(strapi, ability, uid).readFilters();

  async function interventionFigures(ability: UserAbility | null, today: string) {
    const filters = await readable(ability, UIDS.intervention);
    const all = (filters ? await strapi.documents(UIDS.intervention).findMany({ filters, populate: ['space', 'category'] }) : []) as InterventionRow[];
    const shown = new Set(all.map((i) => i.documentId));
    // Histories of the shown interventions only: figures come from what the viewer may read.
    const history: HistoryRow[] = await strapi.db
      .query(HISTORY)
      .findMany({ where: { targetUid: UIDS.intervention }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    const changes = history.filter((c) => shown.has(c.targetDocumentId));
    const timeline = (i: InterventionRow) => ({
      createdAt: i.createdAt,
      changes: changes.filter((c) => c.targetDocumentId === i.documentId).map((c) => ({ from: c.from, to: c.to, createdAt: c.createdAt })),
    });
    const open = all.filter((i) => !CLOSED.includes(i.state));
    const byState: Record<string, number> = {};
    for (const i of open) byState[i.state] = (byState[i.state] ?? 0) + 1;
    return {
      openInterventions: {
        byState,
        items: open
          .map((i) => ({ documentId: i.documentId, reference: i.reference, title: i.title, state: i.state, ageDays: ageInDays(i.createdAt, today) }))
          .sort((a, b) => b.ageDays - a.ageDays),
      },
      responseTimes: [
        ...groupTimings(all.map((i) => ({ key: i.space?.name ?? '(sans espace)', timeline: timeline(i) }))).map((g) => ({ group: 'space' as const, ...g })),
        ...groupTimings(all.map((i) => ({ key: i.category?.name ?? '(sans catégorie)', timeline: timeline(i) }))).map((g) => ({
          group: 'category' as const,
          ...g,
        })),
      ],
    };
  }

  async function loans(ability: UserAbility | null, today: string) {
    const week = weekOf(today);
    const filters = await readable(ability, UIDS.pret);
    const rows = (
      filters ? await strapi.documents(UIDS.pret).findMany({ filters, populate: ['equipment', 'borrowingSpace'], sort: 'startDate:asc' }) : []
    ) as LoanRow[];
    const summary = (l: LoanRow): LoanSummary => ({
      documentId: l.documentId,
      reference: l.reference,
      equipment: l.equipment?.name ?? '',
      space: l.borrowingSpace?.name ?? '',
      startDate: l.startDate,
      endDate: l.endDate,
      state: l.state,
    });
    const holding = (l: LoanRow) => (HOLDING_STATES as readonly string[]).includes(l.state);
    return {
      startingThisWeek: rows.filter((l) => ['demande', 'accepte'].includes(l.state) && l.startDate >= week.start && l.startDate <= week.end).map(summary),
      endingThisWeek: rows.filter((l) => holding(l) && l.endDate >= week.start && l.endDate <= week.end).map(summary),
      overdue: rows.filter((l) => holding(l) && l.endDate < today).map(summary),
    };
  }

  return {
    async data(ability: UserAbility | null, now = new Date()): Promise<DashboardData> {
      const today = parisToday(now);
      const filters = await readable(ability, UIDS.fiche);
      const awaiting = (
        filters
          ? await strapi
              .documents(UIDS.fiche)
              .findMany({ filters: within(filters, { reviewState: 'en_relecture' }), locale: DEFAULT_LOCALE, status: 'draft', fields: ['title', 'updatedAt'] })
          : []
      ) as FicheRow[];
      return {
        fichesAwaitingReview: awaiting.map((f) => ({ documentId: f.documentId, title: f.title, since: new Date(f.updatedAt).toISOString() })),
        ...(await interventionFigures(ability, today)),
        loans: await loans(ability, today),
      };
    },
  };
};

export type DashboardService = ReturnType<typeof dashboard>;

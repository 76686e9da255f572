import type { Core } from '@strapi/strapi';
import type { DashboardData, LoanSummary } from '../../../shared/contracts';
import { HOLDING_STATES } from './loan-overlap';
import { groupTimings, parisToday, weekOf } from './response-times';

const HISTORY = 'plugin::workflow.transition';
const CLOSED = ['resolue', 'cloturee'];

/** The « Tableau de bord » page: what waits for review, open interventions, this week's loans. */
export const dashboard = ({ strapi }: { strapi: Core.Strapi }) => {
  async function interventionFigures(today: string) {
    const all: any[] = await strapi.db.query('api::intervention.intervention').findMany({ populate: ['space', 'category'] });
    const changes: any[] = await strapi.db.query(HISTORY).findMany({
      where: { targetUid: 'api::intervention.intervention' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    const timeline = (i: any) => ({
      createdAt: i.createdAt,
      changes: changes.filter((c) => c.targetDocumentId === i.documentId).map((c) => ({ from: c.from, to: c.to, createdAt: c.createdAt })),
    });
    const open = all.filter((i) => !CLOSED.includes(i.status));
    const byState: Record<string, number> = {};
    for (const i of open) byState[i.status] = (byState[i.status] ?? 0) + 1;
    const dayMs = 86_400_000;
    return {
      openInterventions: {
        byState,
        items: open
          .map((i) => ({
            documentId: i.documentId,
            reference: i.reference,
            title: i.title,
            state: i.status,
            ageDays: Math.floor((new Date(`${today}T12:00:00Z`).getTime() - new Date(i.createdAt).getTime()) / dayMs),
          }))
          .sort((a, b) => b.ageDays - a.ageDays),
      },
      responseTimes: [
        ...groupTimings(all.map((i) => ({ key: i.space?.name ?? '(sans espace)', timeline: timeline(i) }))).map((g) => ({ group: 'space' as const, ...g })),
        ...groupTimings(all.map((i) => ({ key: i.category?.name ?? '(sans catégorie)', timeline: timeline(i) }))).map((g) => ({ group: 'category' as const, ...g })),
      ],
    };
  }

  async function loans(today: string) {
    const week = weekOf(today);
    const rows: any[] = await strapi.db.query('api::pret.pret').findMany({ populate: ['equipment', 'borrowingSpace'], orderBy: { startDate: 'asc' } });
    const summary = (l: any): LoanSummary => ({
      documentId: l.documentId,
      reference: l.reference,
      equipment: l.equipment?.name ?? '',
      space: l.borrowingSpace?.name ?? '',
      startDate: l.startDate,
      endDate: l.endDate,
      state: l.status,
    });
    const holding = (l: any) => (HOLDING_STATES as readonly string[]).includes(l.status);
    return {
      startingThisWeek: rows.filter((l) => ['demande', 'accepte'].includes(l.status) && l.startDate >= week.start && l.startDate <= week.end).map(summary),
      endingThisWeek: rows.filter((l) => holding(l) && l.endDate >= week.start && l.endDate <= week.end).map(summary),
      overdue: rows.filter((l) => holding(l) && l.endDate < today).map(summary),
    };
  }

  return {
    async data(now = new Date()): Promise<DashboardData> {
      const today = parisToday(now);
      const awaiting: any[] = await strapi.documents('api::fiche.fiche').findMany({
        filters: { reviewState: 'en_relecture' },
        locale: 'fr',
        status: 'draft',
        fields: ['title', 'updatedAt'],
      } as never);
      return {
        fichesAwaitingReview: awaiting.map((f) => ({ documentId: f.documentId, title: f.title, since: new Date(f.updatedAt).toISOString() })),
        ...(await interventionFigures(today)),
        loans: await loans(today),
      };
    },
    /** Loans whose end has passed and that are not returned: « en retard ». */
    async overdueLoans(now = new Date()) {
      return (await loans(parisToday(now))).overdue;
    },
  };
};

export type DashboardService = ReturnType<typeof dashboard>;

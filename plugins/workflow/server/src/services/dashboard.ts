import type { Core } from '@strapi/strapi';
import type { DashboardData, LoanSummary } from '../../../shared/contracts';
import type { UserAbility } from '../engine/types';
import { ficheReview } from '../machines/fiche-review';
import { intervention } from '../machines/intervention';
import { loan } from '../machines/loan';
import { documentPermissions } from '../utils/document-permissions';
import { HOLDING_STATES } from './loan-overlap';
import { groupTimings, parisToday, weekOf } from './response-times';
import { UIDS } from '@reseau-epn/platform';

const HISTORY = UIDS.workflowTransition;
// The types the machines drive, named once, in the machines.
const FICHE = ficheReview.uid;
const INTERVENTION = intervention.uid;
const PRET = loan.uid;
const CLOSED = ['resolue', 'cloturee'];

/**
 * The « Tableau de bord » page: what waits for review, open interventions, this week's loans.
 * Every list and figure counts only what the viewer may read in the Content Manager (an
 * Animateur sees their own requests and loans); without an ability, nothing.
 */
export const dashboard = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The entries of `uid` this viewer may read, through the Document Service. */
  async function readable(ability: UserAbility | null, uid: string, query: Record<string, unknown>): Promise<any[]> {
    const filters = await documentPermissions(strapi, ability, uid).readFilters();
    if (filters === null) return [];
    const own = query.filters as Record<string, unknown> | undefined;
    // `as never`: `uid` is one of the machines' types, a runtime string; the app's generated
    // content-type types are not visible inside a plugin (issue 11), so the query is untyped.
    return strapi.documents(uid as never).findMany({ ...query, filters: own ? { $and: [own, filters] } : filters } as never);
  }

  async function interventionFigures(ability: UserAbility | null, today: string) {
    const all: any[] = await readable(ability, INTERVENTION, { populate: ['space', 'category'] });
    const shown = new Set(all.map((i) => i.documentId));
    // Histories of the shown interventions only: figures come from what the viewer may read.
    const changes: any[] = (
      await strapi.db.query(HISTORY).findMany({ where: { targetUid: INTERVENTION }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
    ).filter((c: { targetDocumentId: string }) => shown.has(c.targetDocumentId));
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

  async function loans(ability: UserAbility | null, today: string) {
    const week = weekOf(today);
    const rows: any[] = await readable(ability, PRET, { populate: ['equipment', 'borrowingSpace'], sort: 'startDate:asc' });
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
    async data(ability: UserAbility | null, now = new Date()): Promise<DashboardData> {
      const today = parisToday(now);
      const awaiting: any[] = await readable(ability, FICHE, {
        filters: { reviewState: 'en_relecture' },
        locale: 'fr',
        status: 'draft',
        fields: ['title', 'updatedAt'],
      });
      return {
        fichesAwaitingReview: awaiting.map((f) => ({ documentId: f.documentId, title: f.title, since: new Date(f.updatedAt).toISOString() })),
        ...(await interventionFigures(ability, today)),
        loans: await loans(ability, today),
      };
    },
  };
};

export type DashboardService = ReturnType<typeof dashboard>;

import type { Core, UID } from '@strapi/strapi';
import type { RecurrenceComponent } from './rule-from-component';
import { normalizeSessions, type SessionInput } from './session-merge';
import { EVENT_TYPES, type EventWrite } from './stored-event';

/** The fields of a series that are not localized and that this copy keeps alike in every locale. */
const SYNCED = ['recurrence', 'sessions', 'facilitatorMembers'] as const;

const withoutId = (component: unknown) => {
  if (!component || typeof component !== 'object') return null;
  const { id: _id, ...fields } = component as RecurrenceComponent & { id?: number };
  return fields;
};

/** What is copied, in one shape: the rule's fields, the sessions and the members' ids. */
function seriesOf(row: EventWrite) {
  return {
    recurrence: withoutId(row.recurrence),
    sessions: normalizeSessions(row.sessions as SessionInput[] | null | undefined),
    facilitatorMembers: ((row.facilitatorMembers as { id: number }[] | undefined) ?? []).map((member) => member.id).sort((a, b) => a - b),
  };
}

/**
 * The series and its facilitators are not localized, but Strapi 5.54's i18n copies them only to
 * the other locales' rows in the state the action answers with: a REST write answers with the
 * published version, so the other locales' drafts kept their old sessions (and publishing them
 * brought those back). After a write that touches them, the saved draft's values are written to
 * the document's other drafts through the Document Service, so that each gets its own checks
 * and derived fields. The copy skips drafts that already have them, which ends the round trip of
 * the copies' own saves.
 */
export function registerLocaleSync(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (!EVENT_TYPES.has(ctx.uid) || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const data = (ctx.params as { data?: EventWrite }).data ?? {};
    const result = await next();
    const saved = result as { documentId?: string; locale?: string } | null;
    if (!SYNCED.some((field) => field in data) || !saved?.documentId || !saved.locale) return result;

    // The middleware receives the uid as a plain string; EVENT_TYPES has narrowed it to an event type.
    const type = ctx.uid as UID.ContentType;
    const populate = { recurrence: true, sessions: true, facilitatorMembers: { select: ['id'] } };
    // The saved draft, also when the action answered with the published version.
    const source = await strapi.db.query(type).findOne({ where: { documentId: saved.documentId, locale: saved.locale, publishedAt: null }, populate });
    if (!source) return result;
    const wanted = seriesOf(source);
    const others = await strapi.db
      .query(type)
      .findMany({ where: { documentId: saved.documentId, publishedAt: null, locale: { $ne: saved.locale } }, populate });
    for (const other of others.filter((row) => JSON.stringify(seriesOf(row)) !== JSON.stringify(wanted))) {
      // Typed for the union of every content type, `update` takes no event field: the cast names the call's own parameter type.
      await strapi
        .documents(type)
        .update({ documentId: saved.documentId, locale: other.locale as string, data: wanted } as Parameters<
          ReturnType<Core.Strapi['documents']>['update']
        >[0]);
    }
    return result;
  });
}

import { UIDS } from '@reseau-epn/platform';
import type { Core } from '@strapi/strapi';
import { markdownToText } from '@reseau-epn/markdown';
import type { AuditEntry, ListAnswer } from '../../../../shared/contracts';

export const AUDIT_UID = UIDS.forumAudit;

export interface AuditRecord {
  action: AuditEntry['action'];
  targetType: AuditEntry['targetType'];
  targetId: string;
  /** What the target was (a post's Markdown, read as plain text; a topic's title, a member's name): cut to its first words. */
  targetLabel: string;
  /** The moderator's name; null for what the system did (hidden at the flag threshold). */
  actor: string | null;
  actorId?: number | null;
  reason?: string | null;
}

const LABEL_MAX = 120;
const label = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > LABEL_MAX ? `${flat.slice(0, LABEL_MAX - 1)}…` : flat;
};

/**
 * The moderation log: who did what to which post, topic or member, when and why. Written in the
 * action's own transaction (an action and its entry exist together or not at all), read by the
 * admin's « Journal », never by the content API.
 */
export const audit = ({ strapi }: { strapi: Core.Strapi }) => ({
  async record(entry: AuditRecord): Promise<void> {
    await strapi.db.query(AUDIT_UID).create({
      data: {
        ...entry,
        targetLabel: label(entry.targetType === 'post' ? markdownToText(entry.targetLabel) : entry.targetLabel),
        actorId: entry.actorId ?? null,
        reason: entry.reason ?? null,
      },
    });
  },

  async page(page: number, pageSize: number): Promise<ListAnswer<AuditEntry>> {
    const query = strapi.db.query(AUDIT_UID);
    const rows = (await query.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize })) as (AuditEntry & {
      createdAt: string | Date;
    })[];
    const total = await query.count();
    return {
      data: rows.map((row) => ({
        id: row.id,
        action: row.action,
        targetType: row.targetType,
        targetId: row.targetId,
        targetLabel: row.targetLabel ?? '',
        actor: row.actor ?? null,
        reason: row.reason ?? null,
        createdAt: new Date(row.createdAt).toISOString(),
      })),
      meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
    };
  },
});

export type AuditService = ReturnType<typeof audit>;

import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';
import { TOPIC_WATCH_UID } from './constants';
import { throttleCutoff } from './throttle';
import { topicSubject } from './tokens';

export interface Ref {
  id: number;
  documentId: string;
}

/**
 * A member's watch of a topic: one row per (member, topic), keyed by a unique `key`. Written
 * with the query engine (strapi.db), not the Document Service: the throttle is a conditional
 * UPDATE, the one way two replies published at the same moment cannot both claim the mail.
 */
export function topicWatches(strapi: Core.Strapi) {
  const watches = () => strapi.db.query(TOPIC_WATCH_UID);

  async function ensure(member: Ref, topic: Ref): Promise<{ id: number; unsubscribed: boolean }> {
    const key = topicSubject(member.documentId, topic.documentId);
    const existing = await watches().findOne({ where: { key } });
    if (existing) return existing;
    try {
      return await watches().create({ data: { key, user: member.id, topic: topic.id, unsubscribed: false, lastNotifiedAt: null } });
    } catch (error) {
      // Another notification created it a moment ago (unique key): use that one.
      const created = await watches().findOne({ where: { key } });
      if (created) return created;
      throw error;
    }
  }

  return {
    /**
     * Claims this topic's reply notification for the member: true when they may be told now
     * (not unsubscribed, not told within `hours`), recorded in the same statement.
     */
    async claim(member: Ref, topic: Ref, hours: number, now: Date): Promise<boolean> {
      const watch = await ensure(member, topic);
      if (watch.unsubscribed) return false;
      const { count } = await watches().updateMany({
        where: { id: watch.id, unsubscribed: false, $or: [{ lastNotifiedAt: { $null: true } }, { lastNotifiedAt: { $lte: throttleCutoff(now, hours) } }] },
        data: { lastNotifiedAt: now },
      });
      return count === 1;
    },

    /** Gives the claim back when the mail could not be sent: the next reply tries again. */
    async release(member: Ref, topic: Ref, now: Date): Promise<void> {
      await watches().updateMany({ where: { key: topicSubject(member.documentId, topic.documentId), lastNotifiedAt: now }, data: { lastNotifiedAt: null } });
    },

    /** No more reply notifications for this topic. */
    async unsubscribe(member: Ref, topic: Ref): Promise<void> {
      const watch = await ensure(member, topic);
      await watches().update({ where: { id: watch.id }, data: { unsubscribed: true } });
    },

    /** No more reply notifications at all (the member's own setting, also in their profile). */
    async unsubscribeAll(member: Ref): Promise<void> {
      await strapi.db.query(UIDS.user).update({ where: { id: member.id }, data: { notifyReplies: false } });
    },
  };
}

export type TopicWatches = ReturnType<typeof topicWatches>;

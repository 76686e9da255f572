import type { Core } from '@strapi/strapi';
import type { ModerationConfig } from '../config';
import type { FlaggedEvent, PendingEvent, PublishedEvent, RejectedEvent } from './constants';
import { forumData } from './forum-data';
import { notificationLinks } from './links';
import type { ComposedMail } from './mails/layout';
import { moderatorAlertMail } from './mails/moderators';
import { rejectionMail } from './mails/rejection';
import { replyMail } from './mails/reply';
import { replyRecipients } from './recipients';
import { topicWatches } from './watches';

interface EmailService {
  send(mail: ComposedMail & { to: string }): Promise<unknown>;
}

/**
 * The forum's mail: replies to a topic's participants, alerts to moderators, a refusal's reason
 * to its author. Handlers run after the forum's commit (design §6) and never throw back at it:
 * a mail that fails is logged, the post stays published.
 */
export const notifications = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::moderation') as ModerationConfig;
  const data = forumData(strapi);
  const links = notificationLinks(strapi);
  const watches = topicWatches(strapi);
  const inFlight = new Set<Promise<void>>();

  const send = (to: string, mail: ComposedMail) => (strapi.plugin('email').service('email') as EmailService).send({ to, ...mail });

  async function tellModerators(kind: 'pending' | 'flagged', event: PendingEvent | FlaggedEvent): Promise<void> {
    const [post, topic, moderators] = await Promise.all([data.post(event.post), data.topic(event.topic), data.moderators()]);
    if (!post || !topic) return;
    const flagged = 'flags' in event ? { flags: event.flags, hidden: event.hidden } : {};
    const authorName = post.author && !post.author.deletedAt ? post.author.username : null;
    const mail = moderatorAlertMail({ kind, topicTitle: topic.title, authorName, body: post.body, queueUrl: links.queue(kind), ...flagged });
    // One mail per moderator: their addresses are not shown to each other.
    for (const moderator of moderators) await send(moderator.email, mail);
  }

  const handlers = {
    /** A reply became visible: its topic's author and participants hear of it, at most once per topic and period. */
    async published(event: PublishedEvent): Promise<void> {
      if (event.opening) return;
      const [post, topic] = await Promise.all([data.post(event.post), data.topic(event.topic)]);
      if (!post || !topic || post.state !== 'publie') return;
      const recipients = replyRecipients(post.author, topic.author, await data.posters(topic.id));
      const hours = config().replyNotificationHours;
      for (const member of recipients) {
        const now = new Date();
        if (!(await watches.claim(member, topic, hours, now))) continue;
        const mail = replyMail({
          recipientName: member.username,
          replierName: post.author && !post.author.deletedAt ? post.author.username : 'Un ancien membre',
          topicTitle: topic.title,
          topicUrl: links.topic(topic.slug),
          body: post.body,
          unsubscribeTopicUrl: links.unsubscribeTopic(member.documentId, topic.documentId, now),
          unsubscribeAllUrl: links.unsubscribeAll(member.documentId, now),
          hours,
        });
        try {
          await send(member.email!, mail);
        } catch (error) {
          await watches.release(member, topic, now);
          strapi.log.warn(`moderation: reply notification to member ${member.documentId} failed: ${(error as Error).message}`);
        }
      }
    },

    pending: (event: PendingEvent) => tellModerators('pending', event),
    flagged: (event: FlaggedEvent) => tellModerators('flagged', event),

    /** A moderator refused a post: its author learns why. */
    async rejected(event: RejectedEvent): Promise<void> {
      const [post, topic] = await Promise.all([data.post(event.post), data.topic(event.topic)]);
      const author = post?.author;
      if (!post || !topic || !author?.email || author.deletedAt) return;
      await send(
        author.email,
        rejectionMail({
          recipientName: author.username,
          topicTitle: topic.title,
          topicUrl: post.opening ? null : links.topic(topic.slug),
          body: post.body,
          reason: event.reason,
        }),
      );
    },
  };

  return {
    ...handlers,

    /**
     * Runs a handler without holding the emitter: the forum's answer to the member does not
     * wait for the SMTP server. Failures are logged with the event's name.
     */
    track(name: string, work: () => Promise<void>): void {
      const task = work()
        .catch((error: unknown) => {
          strapi.log.error(`moderation: notification for ${name} failed: ${(error as Error).message}`);
        })
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
    },

    /** Resolves once every notification started so far is done (tests, and a clean shutdown). */
    async settled(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },

    links,
    watches,
    data,
  };
};

export type NotificationsService = ReturnType<typeof notifications>;

import type { Core } from '@strapi/strapi';
import { validationError } from '@reseau-epn/platform/strapi';
import { forumData } from './forum-data';
import { notificationLinks } from './links';
import { parseTopicSubject } from './tokens';
import { topicWatches } from './watches';

/** What a valid link unsubscribes from: one topic (by its title) or every reply notification. */
export type UnsubscribeScope = { kind: 'topic'; topicTitle: string } | { kind: 'all' };

/** The one answer to a bad, expired or forged link: a 400 on `token` that never says which. */
const invalidToken = () => validationError([{ path: ['token'], message: 'lien invalide ou expiré.' }]);

/** The links' two steps: read what a token is for (the question page), then apply it (POST). */
export function unsubscriptions(strapi: Core.Strapi) {
  const links = notificationLinks(strapi);
  const data = forumData(strapi);
  const watches = topicWatches(strapi);

  async function resolve(token: string) {
    const verified = links.verify(token);
    if (!verified) throw invalidToken();
    if (verified.purpose === 'forum-all') {
      const member = await data.member(verified.subject);
      if (!member) throw invalidToken();
      return { scope: { kind: 'all' } as const, member, topic: null };
    }
    const subject = parseTopicSubject(verified.subject);
    const [member, topic] = subject ? await Promise.all([data.member(subject.member), data.topic(subject.topic)]) : [null, null];
    if (!member || !topic) throw invalidToken();
    return { scope: { kind: 'topic', topicTitle: topic.title } as const, member, topic };
  }

  return {
    async describe(token: string): Promise<UnsubscribeScope> {
      return (await resolve(token)).scope;
    },
    /** Idempotent: following the link twice answers the same. */
    async apply(token: string): Promise<UnsubscribeScope> {
      const { scope, member, topic } = await resolve(token);
      if (topic) await watches.unsubscribe(member, topic);
      else await watches.unsubscribeAll(member);
      return scope;
    },
  };
}

import { randomBytes } from 'node:crypto';
import { UIDS } from '@reseau-epn/platform';
import type { TestCms } from '../../helpers/cms';
import { createCategory, deleteForum } from '../forum/posts/helpers';

type PostState = 'publie' | 'en_attente';

/**
 * The forum's entries the plugin cells act on: one category, topics and posts written with the
 * Document Service by members without a session. Removed at the end with the audit entries the
 * moderation routes wrote about them.
 */
export function forumMaker(cms: TestCms) {
  let category: ReturnType<typeof createCategory> | undefined;
  const authors: { email: string; documentId: string }[] = [];
  const categoryOf = () => (category ??= createCategory(cms));
  const post = async (topic: string, author: number | null, state: PostState = 'publie', opening = false): Promise<string> => {
    const created = await cms.strapi
      .documents(UIDS.message)
      .create({ data: { topic, author, body: 'Un message de la matrice.', state, opening, language: 'fr' } });
    return created.documentId;
  };

  return {
    /** The category's slug, as a new topic names it. */
    categorySlug: async () => (await categoryOf()).slug,

    /** A confirmed member of the Authenticated role: id and documentId (the moderation routes name members by it). */
    async author(): Promise<{ id: number; documentId: string }> {
      const id = randomBytes(4).toString('hex');
      const email = `auteur.matrice.${id}@secret.example`;
      const role = await cms.strapi.db.query(UIDS.role).findOne({ where: { type: 'authenticated' } });
      const user = await cms.strapi
        .plugin('users-permissions')
        .service('user')
        .add({ username: `auteur-matrice-${id}`, email, password: `Auteur-${id}-2026`, provider: 'local', confirmed: true, role: role.id });
      authors.push({ email, documentId: user.documentId });
      return { id: user.id, documentId: user.documentId };
    },

    /** A published topic of the category, with its opening post (whose state the topic's follows). */
    async topic(author: number): Promise<string> {
      const id = randomBytes(4).toString('hex');
      const topic = await cms.strapi.documents(UIDS.sujet).create({
        data: {
          title: `Sujet matrice ${id}`,
          slug: `sujet-matrice-${id}`,
          category: { documentId: (await categoryOf()).documentId, locale: 'fr' },
          author,
          state: 'publie',
          language: 'fr',
          lastActivityAt: new Date().toISOString(),
        },
      });
      await post(topic.documentId, author, 'publie', true);
      return topic.documentId;
    },

    post,

    async removeAll(): Promise<void> {
      if (category) await deleteForum(cms, [await category]);
      await cms.strapi.db.query(UIDS.forumAudit).deleteMany({ where: { targetId: { $in: authors.map((a) => a.documentId) } } });
      for (const { email } of authors) await cms.strapi.db.query(UIDS.user).delete({ where: { email } });
    },
  };
}

export type ForumMaker = ReturnType<typeof forumMaker>;

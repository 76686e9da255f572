import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { countPostLinks } from '@reseau-epn/markdown';
import { ConflictError, validationError } from '@reseau-epn/platform/strapi';
import { UIDS } from '@reseau-epn/platform';
import type { MyPost, PostLanguage, PostState, PublicTopic } from '../../../../shared/contracts';
import type { ModerationConfig } from '../../config';
import { membersPort } from '../authors';
import { emitAfterCommit, FORUM_EVENTS, type OnCommit } from '../events';
import { toMyPost, toPublicTopic } from '../present';
import type { PostRow, TopicRow } from '../rows';
import { topicSlug } from '../slug';
import { refreshTopic } from './counters';
import { forumStore } from './store';

export interface Member {
  id: number;
}
export interface NewTopic {
  title: string;
  category: string;
  body: string;
  fiche?: string;
  language: PostLanguage;
}
export interface NewReply {
  body: string;
  language: PostLanguage;
}

/** A 403 whose message reaches the caller (Strapi hides the message of a plain ForbiddenError), naming the field. */
export const refused = (path: string, message: string) => new errors.PolicyError(message, { errors: [{ path: [path], message, name: 'PolicyError' }] });

/**
 * Members' writes: a new topic (its opening post with it), a reply, an edit of one's own post.
 * Each runs in one transaction (a topic never exists without its opening post) and announces
 * itself on the event hub once committed. A member still under pre-moderation posts `en_attente`
 * with few links; a trusted member's posts are `publie` at once.
 */
export const forumPosting = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = forumStore(strapi);
  const members = () => membersPort(strapi);
  const config = () => strapi.config.get('plugin::moderation') as ModerationConfig;

  async function assertMayPost(member: Member) {
    if (await members().isBanned(member.id)) throw refused('author', 'Votre compte est suspendu : vous ne pouvez plus publier sur le forum.');
  }

  /** `en_attente` until the member has `preModeratedPosts` approved posts; then `publie`. */
  async function stateFor(member: Member, body: string): Promise<PostState> {
    const { preModeratedPosts, maxLinksWhileModerated } = config();
    if ((await members().approvedPosts(member.id)) >= preModeratedPosts) return 'publie';
    if (countPostLinks(body) > maxLinksWhileModerated) {
      throw validationError([{ path: ['body'], message: `Pas plus de ${maxLinksWhileModerated} liens tant que vos messages sont relus par la modération.` }]);
    }
    return 'en_attente';
  }

  function announce(onCommit: OnCommit, post: PostRow, topic: string, state: PostState) {
    const opening = Boolean(post.opening);
    if (state === 'publie') emitAfterCommit(strapi, onCommit, FORUM_EVENTS.published, { post: post.documentId, topic, opening });
    else emitAfterCommit(strapi, onCommit, FORUM_EVENTS.pending, { post: post.documentId, topic });
  }

  async function categoryId(slug: string): Promise<string> {
    const category = await strapi.documents(UIDS.categorie).findFirst({ locale: 'fr', filters: { slug }, fields: ['slug'] });
    if (!category) throw validationError([{ path: ['category'], message: `Aucune catégorie « ${slug} ».` }]);
    return category.documentId;
  }

  /** One topic per fiche: the fiche's rows are locked first, so two first posts cannot both create one. */
  async function assertFicheFree(fiche: string) {
    const exists = await strapi.documents(UIDS.fiche).findFirst({ locale: 'fr', status: 'published', filters: { documentId: fiche }, fields: ['slug'] });
    if (!exists) throw validationError([{ path: ['fiche'], message: 'Cette fiche n’existe pas ou n’est pas publiée.' }]);
    await store.lock(UIDS.fiche, { documentId: fiche });
    const topic = await strapi.documents(UIDS.sujet).findFirst({ filters: { relatedFiche: { documentId: fiche } }, fields: ['slug'] });
    if (topic)
      throw new ConflictError('Cette fiche a déjà son sujet de discussion.', {
        slug: topic.slug,
        errors: [{ path: ['fiche'], message: 'Cette fiche a déjà son sujet de discussion.' }],
      });
  }

  const author = (row: PostRow['author']) => members().publicAuthor(row);

  return {
    async createTopic(member: Member, input: NewTopic): Promise<{ topic: PublicTopic; post: MyPost }> {
      await assertMayPost(member);
      const category = await categoryId(input.category);
      const state = await stateFor(member, input.body);
      return strapi.db.transaction(async ({ onCommit }) => {
        if (input.fiche) await assertFicheFree(input.fiche);
        const slug = await topicSlug(input.title, async (candidate) => (await strapi.documents(UIDS.sujet).count({ filters: { slug: candidate } })) > 0);
        const now = new Date().toISOString();
        const topic = await strapi.documents(UIDS.sujet).create({
          data: {
            title: input.title,
            slug,
            category: { documentId: category, locale: 'fr' },
            author: member.id,
            ...(input.fiche ? { relatedFiche: { documentId: input.fiche, locale: 'fr', status: 'published' } } : {}),
            language: input.language,
            state,
            lastActivityAt: now,
            replyCount: 0,
          },
        });
        const post = await strapi.documents(UIDS.message).create({
          data: { topic: topic.documentId, author: member.id, body: input.body, state, opening: true, language: input.language },
        });
        announce(onCommit, { ...post, opening: true } as PostRow, topic.documentId, state);
        const topicRow = (await store.topicBy({ documentId: topic.documentId }))!;
        const postRow = (await store.postBy(post.documentId))!;
        return { topic: toPublicTopic(topicRow, author), post: toMyPost(postRow, topic.documentId, author) };
      });
    },

    async reply(member: Member, topicDocumentId: string, input: NewReply): Promise<MyPost> {
      await assertMayPost(member);
      const state = await stateFor(member, input.body);
      return strapi.db.transaction(async ({ onCommit }) => {
        // The topic's row is locked so a lock or a counter update cannot interleave with the reply.
        await store.lock(UIDS.sujet, { documentId: topicDocumentId });
        const topic: TopicRow | null = await store.topicBy({ documentId: topicDocumentId });
        if (!topic || topic.state !== 'publie') throw new errors.NotFoundError('Ce sujet n’existe pas ou n’est pas publié.');
        if (topic.locked) throw refused('topic', 'Ce sujet est verrouillé : on ne peut plus y répondre.');
        const post = await strapi.documents(UIDS.message).create({
          data: { topic: topicDocumentId, author: member.id, body: input.body, state, opening: false, language: input.language },
        });
        if (state === 'publie') await refreshTopic(strapi, topicDocumentId);
        announce(onCommit, post as PostRow, topicDocumentId, state);
        return toMyPost((await store.postBy(post.documentId))!, topicDocumentId, author);
      });
    },

    /**
     * The author edits their post. A member still under pre-moderation sends an edited published
     * post back to review: otherwise an approved harmless text could become spam.
     */
    async edit(member: Member, postDocumentId: string, body: string): Promise<MyPost> {
      return strapi.db.transaction(async ({ onCommit }) => {
        await store.lock(UIDS.message, { documentId: postDocumentId });
        const post = await store.postBy(postDocumentId);
        if (!post || !post.topic) throw new errors.NotFoundError('Ce message n’existe pas.');
        if (post.author?.id !== member.id) throw refused('author', 'Vous ne pouvez modifier que vos propres messages.');
        await assertMayPost(member);
        if (post.state === 'refuse' || post.state === 'masque')
          throw refused('state', 'Ce message a été retiré par la modération : il ne peut plus être modifié.');
        if (post.topic.locked) throw refused('topic', 'Ce sujet est verrouillé : ses messages ne peuvent plus être modifiés.');
        // Checked either way (links); a pending post stays pending, a published one may go back to review.
        const allowed = await stateFor(member, body);
        const state: PostState = post.state === 'en_attente' ? 'en_attente' : allowed;
        await strapi.documents(UIDS.message).update({ documentId: postDocumentId, data: { body, state, editedAt: new Date().toISOString() } });
        const topic = post.topic.documentId;
        if (state !== post.state) {
          await refreshTopic(strapi, topic);
          announce(onCommit, post, topic, state);
        }
        if (state === 'publie') emitAfterCommit(strapi, onCommit, FORUM_EVENTS.visibilityChanged, { topic, post: postDocumentId });
        return toMyPost((await store.postBy(postDocumentId))!, topic, author);
      });
    },
  };
};

export type ForumPostingService = ReturnType<typeof forumPosting>;

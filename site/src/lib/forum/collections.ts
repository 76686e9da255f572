/**
 * The forum's content collections: what the public forum routes gave the build (the snapshot's
 * `forum`, @reseau-epn/platform), validated here. zod keeps only the fields named below, so a
 * field the public routes should never have sent (an email, a ban reason) cannot reach a page.
 * Post bodies are rendered when loaded, by the pipeline's forum profile (render-post.ts).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { LOCALES } from '@reseau-epn/platform';
import { loadSource } from '../cms-source';
import { renderPost } from './render-post';

/** A post's or a topic's author as anybody may see them; null once they deleted their account. */
const author = z
  .object({
    documentId: z.string(),
    /** The member's username. */
    displayName: z.string(),
    /** The space they work in, from the directory. */
    espace: z.object({ slug: z.string(), name: z.string() }).nullable(),
  })
  .nullable();

const category = z.object({
  slug: z.string(),
  /** French name (the page shows the category's name in its language, from the categories collection). */
  name: z.string(),
  description: z.string().nullable(),
  /** Visible topics. */
  topicCount: z.number(),
  /** ISO datetime of the latest published post, null when empty. */
  lastActivityAt: z.string().nullable(),
});

const topic = z.object({
  documentId: z.string(),
  slug: z.string(),
  title: z.string(),
  category: z.object({ slug: z.string(), name: z.string() }).nullable(),
  author,
  pinned: z.boolean(),
  locked: z.boolean(),
  /** The fiche it discusses (one topic per fiche), by its French slug. */
  fiche: z.object({ documentId: z.string(), slug: z.string(), title: z.string() }).nullable(),
  /** The language it was opened in. */
  language: z.enum(LOCALES),
  createdAt: z.string(),
  lastActivityAt: z.string(),
  replyCount: z.number(),
});

const post = z.object({
  documentId: z.string(),
  /** The topic's documentId. */
  topic: z.string(),
  author,
  /** Markdown source; its HTML is the entry's `rendered`. */
  body: z.string(),
  /** The language it was written in: pages mark it with `lang` when it differs from theirs. */
  language: z.enum(LOCALES),
  opening: z.boolean(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
});

const member = z.object({
  documentId: z.string(),
  displayName: z.string(),
  espace: z.object({ slug: z.string(), name: z.string() }).nullable(),
  bio: z.string().nullable(),
  memberSince: z.string(),
  postCount: z.number(),
});

/** When the build's content was read: the islands ask the CMS for posts newer than this. */
const meta = z.object({ generatedAt: z.string() });

type Part = 'categories' | 'topics' | 'posts' | 'members' | 'meta';

function forumLoader(part: Part): Loader {
  return {
    name: `cms-forum-${part}`,
    async load({ store, parseData }) {
      const source = await loadSource();
      const forum = source.forum ?? { categories: [], topics: [], members: [] };
      store.clear();
      if (part === 'meta') {
        store.set({ id: 'build', data: await parseData({ id: 'build', data: { generatedAt: source.generatedAt } }) });
        return;
      }
      if (part === 'posts') {
        for (const raw of forum.topics.flatMap((t) => t.posts)) {
          const data = await parseData({ id: raw.documentId, data: { ...raw } });
          store.set({ id: raw.documentId, data, rendered: { html: renderPost(raw.body) } });
        }
        return;
      }
      const entries: { id: string; raw: object }[] =
        part === 'categories'
          ? forum.categories.map((raw) => ({ id: raw.slug, raw }))
          : part === 'topics'
            ? forum.topics.map(({ posts: _posts, ...raw }) => ({ id: raw.documentId, raw }))
            : forum.members.map((raw) => ({ id: raw.documentId, raw }));
      for (const { id, raw } of entries) store.set({ id, data: await parseData({ id, data: { ...raw } }) });
    },
  };
}

export const forumCollections = {
  forumCategories: defineCollection({ loader: forumLoader('categories'), schema: category }),
  forumTopics: defineCollection({ loader: forumLoader('topics'), schema: topic }),
  forumPosts: defineCollection({ loader: forumLoader('posts'), schema: post }),
  forumMembers: defineCollection({ loader: forumLoader('members'), schema: member }),
  forumMeta: defineCollection({ loader: forumLoader('meta'), schema: meta }),
};

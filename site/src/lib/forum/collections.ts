/**
 * The forum's collections (read through lib/content): what the public forum routes gave the build
 * (the snapshot's `forum`, @reseau-epn/platform), validated here. zod keeps only the fields named
 * below, so a field the public routes should never have sent (an email, a ban reason) cannot
 * reach a page. Post bodies are rendered by the pipeline's forum profile (render-post.ts) when
 * their topic's page is written.
 */
import { z } from 'astro/zod';
import { LOCALES, type Snapshot } from '@reseau-epn/platform';
import type { Definition } from '../content/definition';

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
  /** Markdown source, rendered by render-post.ts. */
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

const forumOf = (source: Snapshot) => source.forum ?? { categories: [], topics: [], members: [] };

export const forumCollections = {
  forumCategories: {
    schema: category,
    entries: (source: Snapshot) => forumOf(source).categories.map((raw) => ({ id: raw.slug, data: raw })),
  } satisfies Definition<typeof category>,
  forumTopics: {
    schema: topic,
    entries: (source: Snapshot) => forumOf(source).topics.map(({ posts: _posts, ...raw }) => ({ id: raw.documentId, data: raw })),
  } satisfies Definition<typeof topic>,
  forumPosts: {
    schema: post,
    entries: (source: Snapshot) =>
      forumOf(source)
        .topics.flatMap((t) => t.posts)
        .map((raw) => ({ id: raw.documentId, data: raw })),
  } satisfies Definition<typeof post>,
  forumMembers: {
    schema: member,
    entries: (source: Snapshot) => forumOf(source).members.map((raw) => ({ id: raw.documentId, data: raw })),
  } satisfies Definition<typeof member>,
  forumMeta: {
    schema: meta,
    entries: (source: Snapshot) => [{ id: 'build', data: { generatedAt: source.generatedAt } }],
  } satisfies Definition<typeof meta>,
};

import { renderPostMarkdown } from '@reseau-epn/markdown';
import type { MyPost, PublicAuthor, PublicPost, PublicTopic } from '../../../shared/contracts';
import type { PostRow, TopicRow } from './rows';

type Author = (row: PostRow['author']) => PublicAuthor | null;

/**
 * The forum's public shapes, built field by field from rows: nothing reaches an answer unless it
 * is named here (no email, no private field of a topic, a post or a member).
 */
export function toPublicTopic(row: TopicRow, author: Author): PublicTopic {
  return {
    documentId: row.documentId,
    slug: row.slug,
    title: row.title,
    category: row.category ? { slug: row.category.slug, name: row.category.name } : null,
    author: author(row.author),
    pinned: Boolean(row.pinned),
    locked: Boolean(row.locked),
    fiche: row.relatedFiche ? { documentId: row.relatedFiche.documentId, slug: row.relatedFiche.slug, title: row.relatedFiche.title } : null,
    language: row.language,
    createdAt: row.createdAt,
    lastActivityAt: row.lastActivityAt ?? row.createdAt,
    replyCount: row.replyCount ?? 0,
  };
}

export function toPublicPost(row: PostRow, topic: string, author: Author): PublicPost {
  return {
    documentId: row.documentId,
    topic,
    author: author(row.author),
    body: row.body,
    html: renderPostMarkdown(row.body),
    language: row.language,
    opening: Boolean(row.opening),
    createdAt: row.createdAt,
    editedAt: row.editedAt,
  };
}

/** One of the caller's own posts: its state, and why a moderator refused or hid it. */
export function toMyPost(row: PostRow, topic: string, author: Author): MyPost {
  return { ...toPublicPost(row, topic, author), state: row.state, moderationReason: row.moderationReason || null };
}

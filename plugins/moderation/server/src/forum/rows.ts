import type { PostLanguage, PostState } from '../../../shared/contracts';

/**
 * Rows as the forum's queries read them, populated relations included: Strapi's generated result
 * types describe a document's own fields, not what `populate` brings, so rows are read through these.
 */
export interface AuthorRow {
  id: number;
  documentId: string;
  username: string;
  deletedAt?: string | null;
  banned?: boolean | null;
  approvedPosts?: number | null;
  espace?: { documentId: string; slug: string; name: string } | null;
}

export interface TopicRow {
  id: number;
  documentId: string;
  slug: string;
  title: string;
  pinned: boolean | null;
  locked: boolean | null;
  language: PostLanguage;
  state: PostState;
  replyCount: number | null;
  lastActivityAt: string | null;
  createdAt: string;
  category?: { documentId: string; slug: string; name: string } | null;
  author?: AuthorRow | null;
  relatedFiche?: { documentId: string; slug: string; title: string } | null;
}

export interface PostRow {
  id: number;
  documentId: string;
  body: string;
  state: PostState;
  opening: boolean | null;
  language: PostLanguage;
  editedAt: string | null;
  moderationReason: string | null;
  flagCount: number | null;
  createdAt: string;
  topic?: TopicRow | null;
  author?: AuthorRow | null;
}

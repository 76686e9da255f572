/**
 * The forum's HTTP contract: what the site's island and build, the admin's queue page and the
 * tests exchange with the server. Request bodies are validated with zod on the server; these
 * are the shapes on the wire. Error answers are Strapi's (`{ error: { status, name, message,
 * details: { errors: [{ path, message }] } } }`), the message in French.
 *
 * Content API, members and visitors (prefix /api/forum; POST/PUT/DELETE need a member's access
 * token, `Authorization: Bearer <jwt>`, from users-permissions):
 *   GET    /api/forum/categories                          → ListAnswer<ForumCategory>
 *   GET    /api/forum/topics?category=&page=&pageSize=&since=&fiche=
 *                                                         → ListAnswer<PublicTopic> (pinned first, then lastActivityAt desc;
 *                                                           `since` (ISO): only topics created or active after it;
 *                                                           `fiche` (documentId): the fiche's topic, if any)
 *   GET    /api/forum/topics/:slug                        → ItemAnswer<PublicTopic & { posts: PublicPost[] }> (404 unless visible)
 *   GET    /api/forum/topics/:slug/posts?since=           → ListAnswer<PublicPost> (published posts created or edited after `since`)
 *   GET    /api/forum/members/:documentId                 → ItemAnswer<PublicMember>
 *   POST   /api/forum/topics        NewTopicBody          → 201 ItemAnswer<{ topic: PublicTopic; post: MyPost }>
 *   POST   /api/forum/topics/:documentId/posts  NewPostBody → 201 ItemAnswer<MyPost>   (423/403 locked, 403 banned)
 *   PUT    /api/forum/posts/:documentId  EditPostBody     → ItemAnswer<MyPost>          (403 not the author)
 *   POST   /api/forum/posts/:documentId/flags  FlagBody   → 201 ItemAnswer<{ flagged: true }> (409 already flagged by you)
 *   GET    /api/forum/me                                  → ItemAnswer<MyProfile>
 *   PUT    /api/forum/me            ProfileBody           → ItemAnswer<MyProfile>
 *   DELETE /api/forum/me            DeleteAccountBody     → 204 (personal data removed, posts kept as « ancien membre »)
 *   GET    /api/forum/me/posts?topic=                     → ListAnswer<MyPost> (the caller's own posts, any state)
 *   GET|POST /api/forum/unsubscribe?token=                → reply notifications off (a topic's, or all)
 * Accounts use users-permissions' own routes: POST /api/auth/local/register, GET /api/auth/email-confirmation,
 * POST /api/auth/local, POST /api/auth/refresh, POST /api/auth/logout, POST /api/auth/forgot-password,
 * POST /api/auth/reset-password (see plugins/moderation/README.md for the session's design).
 *
 * Admin API (prefix /moderation, admin JWT, permissions in shared/permissions.ts):
 *   GET  /moderation/queue?kind=pending|flagged          → ListAnswer<QueueItem>          (read)
 *   POST /moderation/posts/:documentId/:action  ModerationBody  (approve|reject|hide|restore) → ItemAnswer<QueueItem> (moderate)
 *   POST /moderation/topics/:documentId/:action ModerationBody  (lock|unlock|pin|unpin|move) → ItemAnswer<PublicTopic> (moderate)
 *   POST /moderation/members/:documentId/:action BanBody  (ban|unban)                      → ItemAnswer<ModeratedMember> (ban)
 *   GET  /moderation/audit?page=&pageSize=               → ListAnswer<AuditEntry>          (read)
 */

/** A post's moderation state. `publie` is the only one anybody but its author and moderators sees. */
export const POST_STATES = ['en_attente', 'publie', 'refuse', 'masque'] as const;
export type PostState = (typeof POST_STATES)[number];

/** The languages a post may be written in; shown as the post's `lang`. */
export type PostLanguage = 'fr' | 'br' | 'en';

export const FLAG_REASONS = ['spam', 'offensive', 'off_topic', 'other'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

export const POST_ACTIONS = ['approve', 'reject', 'hide', 'restore'] as const;
export type PostAction = (typeof POST_ACTIONS)[number];
export const TOPIC_ACTIONS = ['lock', 'unlock', 'pin', 'unpin', 'move'] as const;
export type TopicAction = (typeof TOPIC_ACTIONS)[number];
export const MEMBER_ACTIONS = ['ban', 'unban'] as const;
export type MemberAction = (typeof MEMBER_ACTIONS)[number];

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}
export interface ListAnswer<T> {
  data: T[];
  meta: { pagination: Pagination };
}
export interface ItemAnswer<T> {
  data: T;
}

/** A post's author as anybody may see them: never an email. `null` once the account is deleted (« ancien membre »). */
export interface PublicAuthor {
  documentId: string;
  displayName: string;
  espace: { slug: string; name: string } | null;
}

/** A member's public page. */
export interface PublicMember extends PublicAuthor {
  bio: string | null;
  memberSince: string;
  postCount: number;
}

/** A forum category: the knowledge base's categories (api::categorie), French name and slug. */
export interface ForumCategory {
  slug: string;
  name: string;
  description: string | null;
  topicCount: number;
  lastActivityAt: string | null;
}

export interface PublicTopic {
  documentId: string;
  slug: string;
  title: string;
  category: { slug: string; name: string } | null;
  author: PublicAuthor | null;
  pinned: boolean;
  locked: boolean;
  /** The fiche this topic discusses (« Discuter de cette fiche »), by its French slug. */
  fiche: { documentId: string; slug: string; title: string } | null;
  language: PostLanguage;
  createdAt: string;
  lastActivityAt: string;
  /** Published replies, the opening post excluded. */
  replyCount: number;
}

/** A published post. `body` is the Markdown source: pages and the island render it through @reseau-epn/markdown. */
export interface PublicPost {
  documentId: string;
  topic: string;
  author: PublicAuthor | null;
  body: string;
  /** `body` through the pipeline's forum profile (renderPostMarkdown), rendered by the server: safe to insert as is. */
  html: string;
  language: PostLanguage;
  /** The topic's opening post. */
  opening: boolean;
  createdAt: string;
  editedAt: string | null;
}

/** One of the caller's own posts, whatever its state. */
export interface MyPost extends PublicPost {
  state: PostState;
  /** Why a moderator refused or hid it (told to its author only). */
  moderationReason: string | null;
}

/**
 * A member's field limits, checked by the server (sign-up, profile) and given to the site's forms
 * (`minlength`, `maxlength`). Display names starting with DELETED_MEMBER_NAME are reserved: a
 * deleted account is renamed « ancien membre <n> » and its posts show « ancien membre ».
 */
export const MEMBER_LIMITS = { usernameMin: 3, usernameMax: 40, bioMax: 500 } as const;
export const DELETED_MEMBER_NAME = 'ancien membre';

/** What is wrong with a display name (already trimmed), in French, or null when it may be used. */
export function displayNameIssue(name: string): string | null {
  if (name.length < MEMBER_LIMITS.usernameMin || name.length > MEMBER_LIMITS.usernameMax) {
    return `Le nom affiché doit compter de ${MEMBER_LIMITS.usernameMin} à ${MEMBER_LIMITS.usernameMax} caractères.`;
  }
  if (name.toLowerCase().startsWith(DELETED_MEMBER_NAME)) return `Les noms commençant par « ${DELETED_MEMBER_NAME} » sont réservés.`;
  return null;
}

export interface MyProfile {
  documentId: string;
  username: string;
  email: string;
  espace: { documentId: string; slug: string; name: string } | null;
  bio: string | null;
  banned: boolean;
  /** Posts still to be reviewed before the member's posts appear directly (0 once trusted). */
  moderatedPostsLeft: number;
  /** Reply notifications: on by default, off after « tout désactiver ». */
  notifyReplies: boolean;
}

/** `website` is a honeypot: people leave it empty, a filled one is answered like a success and nothing is written. */
export interface NewTopicBody {
  title: string;
  category: string;
  body: string;
  /** documentId of the fiche to discuss; one topic per fiche (409 with the existing topic's slug). */
  fiche?: string;
  language?: PostLanguage;
  website?: string;
}
export interface NewPostBody {
  body: string;
  language?: PostLanguage;
  website?: string;
}
export interface EditPostBody {
  body: string;
}
export interface FlagBody {
  reason: FlagReason;
  comment?: string;
}
export interface ProfileBody {
  username?: string;
  /** documentId of a space of the directory, or null. */
  espace?: string | null;
  bio?: string | null;
  notifyReplies?: boolean;
}
export interface DeleteAccountBody {
  password: string;
}

export interface ModerationBody {
  /** Required for reject, hide and ban: sent to the author for reject, kept in the audit log always. */
  reason?: string;
  /** For move: the category's slug. */
  category?: string;
}
export interface BanBody {
  reason: string;
  /** Hide the member's published posts too (default: keep them). */
  hidePosts?: boolean;
}

export interface QueueItem {
  post: MyPost;
  topic: { documentId: string; slug: string; title: string; locked: boolean; pinned: boolean };
  author: (PublicAuthor & { banned: boolean; approvedPosts: number }) | null;
  flags: { reason: FlagReason; comment: string | null; createdAt: string }[];
}

export interface ModeratedMember {
  documentId: string;
  username: string;
  banned: boolean;
}

export interface AuditEntry {
  id: number;
  /** e.g. approve, reject, hide, restore, lock, unlock, pin, unpin, move, ban, unban, auto_hide */
  action: PostAction | TopicAction | MemberAction | 'auto_hide';
  targetType: 'post' | 'topic' | 'member';
  targetId: string;
  /** What the target was when it was acted on (a post's first words, a topic's title, a member's name). */
  targetLabel: string;
  /** The moderator, by name; null for what the system did (hidden at the flag threshold). */
  actor: string | null;
  reason: string | null;
  createdAt: string;
}

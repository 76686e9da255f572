/**
 * The contract between the CMS and the site: what the site is built from. The site reads it from
 * a running CMS (`fetchSnapshot`) or from a file the CMS exported (npm run export:snapshot), so
 * the site builds without a CMS and its tests are deterministic. Only public fields come back.
 */
import { UIDS } from './content-types.js';
import { LOCALES, type Locale } from './locales.js';

/**
 * The REST collections the site reads, and what each populates: a field name populates the
 * relation's or component's public fields; `{ relation: [fields] }` only those fields (a fiche
 * cited by a formation must not bring its whole body along).
 */
export const COLLECTIONS = {
  fiches: ['category', 'tags', 'relatedFiches', 'attachments'],
  categories: [],
  etiquettes: [],
  // The search's synonym groups, one entry per group and language (read when the search index is built).
  synonymes: [],
  // A component is left out of REST answers unless populated; connection and team are network-only (never populated here).
  espaces: ['accessFeatures'],
  // Sessions of a series and the « hors-les-murs » venue are components; facilitatorMembers (admin users) never leave the CMS.
  ateliers: ['place', 'category', 'venue', 'sessions'],
  formations: ['place', 'category', 'venue', 'sessions', { prerequisites: ['title', 'slug'] }, { fiches: ['title', 'slug', 'summary'] }],
  'parcours-formations': [{ formations: ['title', 'slug'] }],
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

export type RawEntry = Record<string, unknown> & { documentId: string; locale?: string };

/** A fiche's published versions, from the revisions plugin (GET /api/revisions/history/…). */
export interface History {
  documentId: string;
  locale: string | null;
  /** `summary`: only in snapshots made before edit summaries became private. */
  versions: { publishedAt: string; authorName: string; summary?: string | null }[];
  formerSlugs: string[];
}

/** One size of an upload: Strapi's `formats.<name>` (thumbnail, small, medium, large). */
export interface UploadFormat {
  url: string;
  width: number | null;
  height: number | null;
  mime?: string;
  /** In kB (1,000 bytes), two decimals, as Strapi records it. */
  size?: number;
}

/** A media-library file a public page uses (a body image or an attachment), public fields only. */
export interface UploadFile {
  /** `/uploads/<name>_<hash>.<ext>` with the local provider. */
  url: string;
  name: string;
  alternativeText: string | null;
  width: number | null;
  height: number | null;
  mime: string;
  /** In kB (1,000 bytes), two decimals, as Strapi records it. */
  size: number;
  formats: Record<string, UploadFormat> | null;
}

export interface Snapshot {
  version: 1;
  generatedAt: string;
  collections: Record<CollectionName, Record<Locale, RawEntry[]>>;
  /** Published history of fiches (absent from snapshots made before the revisions plugin). */
  histories?: History[];
  /** Archived issues of the weekly letter, sent ones, for their web version (read with a token). */
  lettres?: RawEntry[];
  /** Media-library files the Markdown texts show (absent from snapshots made before body images had sizes). */
  uploads?: UploadFile[];
  /** The forum's published content (absent from snapshots made before the forum). */
  forum?: ForumSnapshot;
  /** The lendable equipment and its busy dates (absent from snapshots made before the catalogue). */
  catalogue?: CatalogueItem[];
}

/**
 * One lendable item as the public catalogue route gives it (GET /api/equipements/catalogue):
 * where to fetch it and the dates it is taken, never who borrows it.
 */
export interface CatalogueItem {
  documentId: string;
  name: string;
  type: string;
  inventoryNumber: string;
  condition: string | null;
  lendingPoint: { documentId: string; name: string; slug: string; commune: string; intercommunality: string } | null;
  busy: { startDate: string; endDate: string }[];
}

/** The catalogue through its public route; a CMS without it (404) gives none. */
export async function fetchCatalogue(baseUrl: string): Promise<CatalogueItem[] | undefined> {
  const response = await fetch(`${baseUrl}/api/equipements/catalogue`);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`CMS answered ${response.status} for /api/equipements/catalogue`);
  return ((await response.json()) as { data: CatalogueItem[] }).data;
}

/*
 * The forum as its public routes give it (/api/forum/…, plugins/moderation/shared/contracts.ts):
 * the same shapes, written again here because the platform depends on no plugin. Only published
 * posts, and authors as anybody may see them: never an email or a private field.
 */

/** A post's author; `null` on a post once its author deleted their account (« ancien membre »). */
export interface ForumAuthor {
  documentId: string;
  displayName: string;
  espace: { slug: string; name: string } | null;
}

/** A member's public page: an author, with their bio, since when, how many posts. */
export interface ForumMember extends ForumAuthor {
  bio: string | null;
  memberSince: string;
  postCount: number;
}

/** A forum category: one of the knowledge base's categories, by its French name and slug. */
export interface ForumCategory {
  slug: string;
  name: string;
  description: string | null;
  topicCount: number;
  lastActivityAt: string | null;
}

/** A published post. `body` is Markdown: the site renders it with the pipeline's forum profile. */
export interface ForumPost {
  documentId: string;
  /** The topic's documentId. */
  topic: string;
  author: ForumAuthor | null;
  body: string;
  /** fr, br or en: the language it was written in. */
  language: Locale;
  /** The topic's opening post. */
  opening: boolean;
  createdAt: string;
  editedAt: string | null;
}

/** A visible topic with its published posts, oldest first. */
export interface ForumTopic {
  documentId: string;
  slug: string;
  title: string;
  category: { slug: string; name: string } | null;
  author: ForumAuthor | null;
  pinned: boolean;
  locked: boolean;
  /** The fiche the topic discusses, by its French slug. */
  fiche: { documentId: string; slug: string; title: string } | null;
  language: Locale;
  createdAt: string;
  lastActivityAt: string;
  /** Published replies, the opening post excluded. */
  replyCount: number;
  posts: ForumPost[];
}

export interface ForumSnapshot {
  categories: ForumCategory[];
  topics: ForumTopic[];
  /** Every author of a published post still a member. */
  members: ForumMember[];
}

const PAGE_SIZE = 100;

type PopulateEntry = string | Readonly<Record<string, readonly string[]>>;

/** Query parameters for a collection's populate: the list form, or the object form once a field is restricted. */
export function populateParams(entries: readonly PopulateEntry[]): [string, string][] {
  if (entries.every((entry) => typeof entry === 'string')) return entries.map((field, i) => [`populate[${i}]`, field]);
  return entries.flatMap((entry): [string, string][] =>
    typeof entry === 'string'
      ? [[`populate[${entry}]`, 'true']]
      : Object.entries(entry).flatMap(([field, fields]) => fields.map((f, j): [string, string] => [`populate[${field}][fields][${j}]`, f])),
  );
}

async function fetchCollection(baseUrl: string, token: string | undefined, name: CollectionName, locale: Locale): Promise<RawEntry[]> {
  const entries: RawEntry[] = [];
  for (let page = 1; ; page += 1) {
    const query = new URLSearchParams({ locale, 'pagination[page]': String(page), 'pagination[pageSize]': String(PAGE_SIZE) });
    for (const [key, value] of populateParams(COLLECTIONS[name])) query.set(key, value);
    const response = await fetch(`${baseUrl}/api/${name}?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!response.ok) throw new Error(`CMS answered ${response.status} for /api/${name} (${locale}): check CMS_URL and CMS_TOKEN`);
    const body = (await response.json()) as { data: RawEntry[]; meta: { pagination: { pageCount: number } } };
    entries.push(...body.data);
    if (page >= body.meta.pagination.pageCount) return entries;
  }
}

/** Sent issues of the weekly letter: not public in the API, so only with a token. */
async function fetchLettres(baseUrl: string, token: string): Promise<RawEntry[]> {
  const query = new URLSearchParams({ 'filters[sentAt][$notNull]': 'true', 'pagination[pageSize]': String(PAGE_SIZE), sort: 'periodEnd:desc' });
  const response = await fetch(`${baseUrl}/api/lettres?${query}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`CMS answered ${response.status} for /api/lettres: check CMS_TOKEN`);
  return ((await response.json()) as { data: RawEntry[] }).data;
}

async function getJson<T>(url: string, what: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`CMS answered ${response.status} for ${what}`);
  return (await response.json()) as T;
}

/** The most topics the forum's list route gives a page. */
const FORUM_PAGE_SIZE = 50;

/**
 * The forum, read through the same public routes as the visitors' browsers (no token: the build
 * sees what the public sees). A CMS without the forum's routes (404) gives no forum.
 */
export async function fetchForum(baseUrl: string): Promise<ForumSnapshot | undefined> {
  const probe = await fetch(`${baseUrl}/api/forum/categories`);
  if (probe.status === 404) return undefined;
  if (!probe.ok) throw new Error(`CMS answered ${probe.status} for /api/forum/categories`);
  const categories = ((await probe.json()) as { data: ForumCategory[] }).data;
  const listed: Omit<ForumTopic, 'posts'>[] = [];
  for (let page = 1; ; page += 1) {
    const body = await getJson<{ data: Omit<ForumTopic, 'posts'>[]; meta: { pagination: { pageCount: number } } }>(
      `${baseUrl}/api/forum/topics?page=${page}&pageSize=${FORUM_PAGE_SIZE}`,
      '/api/forum/topics',
    );
    listed.push(...body.data);
    if (page >= body.meta.pagination.pageCount) break;
  }
  const topics: ForumTopic[] = [];
  for (const { slug } of listed) {
    const { data } = await getJson<{ data: Omit<ForumTopic, 'posts'> & { posts: (ForumPost & { html?: string })[] } }>(
      `${baseUrl}/api/forum/topics/${encodeURIComponent(slug)}`,
      `the forum topic ${slug}`,
    );
    // The server's rendering is for the island; the build renders `body` itself.
    topics.push({ ...data, posts: data.posts.map(({ html: _html, ...post }) => post) });
  }
  const authorIds = new Set(topics.flatMap((topic) => topic.posts.map((post) => post.author?.documentId)).filter((id) => id !== undefined));
  const members: ForumMember[] = [];
  for (const id of authorIds) {
    const response = await fetch(`${baseUrl}/api/forum/members/${encodeURIComponent(id)}`);
    // Deleted between the two reads: the next build shows « ancien membre ».
    if (response.status === 404) continue;
    if (!response.ok) throw new Error(`CMS answered ${response.status} for the forum member ${id}`);
    members.push(((await response.json()) as { data: ForumMember }).data);
  }
  return { categories, topics, members };
}

/** Upload paths a Markdown text names, as Strapi's editor inserts them (`<CMS>/uploads/…`) or pasted (`/uploads/…`). */
const UPLOAD_PATH = /\/uploads\/[^\s)"'<>?#]+/g;
const MARKDOWN_FIELDS: Partial<Record<CollectionName, string>> = { fiches: 'body', ateliers: 'description', formations: 'description' };

/**
 * The media-library records of the files the Markdown texts name, read from the upload plugin's
 * `GET /api/upload/files` (a read-only API token may: its action is a `find`), filtered to those
 * paths so that no other file of the library (an intervention's, say) reaches the snapshot.
 */
export async function fetchBodyUploads(
  baseUrl: string,
  token: string,
  collections: Partial<Record<CollectionName, Partial<Record<Locale, RawEntry[]>>>>,
): Promise<UploadFile[]> {
  const paths = new Set<string>();
  for (const [name, field] of Object.entries(MARKDOWN_FIELDS) as [CollectionName, string][]) {
    for (const entries of Object.values(collections[name] ?? {})) {
      for (const entry of entries ?? []) for (const match of String(entry[field] ?? '').matchAll(UPLOAD_PATH)) paths.add(match[0]);
    }
  }
  const all = [...paths];
  const files: UploadFile[] = [];
  for (let start = 0; start < all.length; start += PAGE_SIZE) {
    const query = new URLSearchParams();
    all.slice(start, start + PAGE_SIZE).forEach((url, i) => query.set(`filters[url][$in][${i}]`, url));
    const response = await fetch(`${baseUrl}/api/upload/files?${query}`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`CMS answered ${response.status} for /api/upload/files: check CMS_TOKEN`);
    files.push(...((await response.json()) as UploadFile[]));
  }
  return files;
}

/** Reads every collection in every locale from a running CMS. */
export async function fetchSnapshot(baseUrl: string, token?: string): Promise<Snapshot> {
  const collections = {} as Snapshot['collections'];
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    collections[name] = {} as Record<Locale, RawEntry[]>;
    for (const locale of LOCALES) collections[name][locale] = await fetchCollection(baseUrl, token, name, locale);
  }
  const response = await fetch(`${baseUrl}/api/revisions/history/${UIDS.fiche}`);
  if (!response.ok) throw new Error(`CMS answered ${response.status} for the fiches' history: is the revisions plugin enabled?`);
  const histories = ((await response.json()) as { data: History[] }).data;
  // Taken before the forum is read: the pages' islands ask for posts newer than this.
  const generatedAt = new Date().toISOString();
  const forum = await fetchForum(baseUrl);
  const catalogue = await fetchCatalogue(baseUrl);
  // Without a token no body image gets its sizes (the public role lists no uploads): they stay plain.
  const uploads = token ? await fetchBodyUploads(baseUrl, token, collections) : [];
  return {
    version: 1,
    generatedAt,
    collections,
    histories,
    lettres: token ? await fetchLettres(baseUrl, token) : [],
    uploads,
    ...(forum ? { forum } : {}),
    ...(catalogue ? { catalogue } : {}),
  };
}

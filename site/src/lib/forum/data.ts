/**
 * What the forum's pages show, prepared from the forum collections (one get…Data() per page
 * kind). Categories take their name in the page's language from the knowledge base's
 * categories; topics are listed pinned first, then by latest activity; posts oldest first.
 */
import { getCollection, getEntry, type CollectionEntry } from '../content';
import type { Locale } from '@reseau-epn/platform';
import { formatDate, t } from '../i18n';
import { localized } from '../localized';
import { alternatesFor, urls } from '../urls';
import { renderPost } from './render-post';

/** Topics per page of a category. */
export const TOPICS_PER_PAGE = 20;

type Topic = CollectionEntry<'forumTopics'>['data'];
type Post = CollectionEntry<'forumPosts'>;
type Author = Topic['author'];

/** An author as a page shows them: a link to their page and to their space, or « ancien membre ». */
export interface AuthorView {
  name: string;
  url: string | null;
  espace: { name: string; url: string } | null;
}

export function authorView(locale: Locale, author: Author): AuthorView {
  if (!author) return { name: t(locale, 'forum.formerMember'), url: null, espace: null };
  return {
    name: author.displayName,
    url: urls.member(locale, author.documentId),
    espace: author.espace ? { name: author.espace.name, url: urls.space(locale, author.espace.slug) } : null,
  };
}

/** A date and time in words, in Paris time. */
export const formatWhen = (locale: Locale, iso: string) => formatDate(locale, iso, { dateStyle: 'long', timeStyle: 'short' });

/** Pinned first, then the latest activity first. */
export function byForumOrder(a: Topic, b: Topic): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  return b.lastActivityAt.localeCompare(a.lastActivityAt) || a.slug.localeCompare(b.slug);
}

/** The category names in a language, by slug (French standing in). */
async function categoryNames(locale: Locale): Promise<Map<string, string>> {
  return new Map((await localized('categories', locale)).map(({ entry }) => [entry.data.slug, entry.data.name]));
}

/** When the build's forum was read (ISO): the islands ask for what is newer. */
export async function forumBuiltAt(): Promise<string> {
  return (await getEntry('forumMeta', 'build'))?.data.generatedAt ?? new Date(0).toISOString();
}

export interface TopicSummary {
  topic: Topic;
  url: string;
  author: AuthorView;
  lastActivity: string;
}

const summaryOf = (locale: Locale, topic: Topic): TopicSummary => ({
  topic,
  url: urls.topic(locale, topic.slug),
  author: authorView(locale, topic.author),
  lastActivity: formatWhen(locale, topic.lastActivityAt),
});

async function topicsOrdered(): Promise<Topic[]> {
  return (await getCollection('forumTopics')).map((entry) => entry.data).sort(byForumOrder);
}

export interface CategoryView {
  slug: string;
  name: string;
  description: string | null;
  topicCount: number;
  lastActivity: string | null;
  url: string;
}

/** The forum's home: its categories (by name), with counts and last activity. */
export async function getForumIndexData(locale: Locale): Promise<CategoryView[]> {
  const names = await categoryNames(locale);
  return (await getCollection('forumCategories'))
    .map(({ data }) => ({
      slug: data.slug,
      name: names.get(data.slug) ?? data.name,
      description: data.description,
      topicCount: data.topicCount,
      lastActivity: data.lastActivityAt ? formatWhen(locale, data.lastActivityAt) : null,
      url: urls.forumCategory(locale, data.slug),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

export interface CategoryPage {
  category: CategoryView;
  page: number;
  pageCount: number;
  topics: TopicSummary[];
  alternates: Record<Locale, string>;
  /** Previous and next pages, when there are. */
  previous: string | null;
  next: string | null;
}

/** Every page of every category, TOPICS_PER_PAGE topics each (an empty category gets one page). */
export async function getCategoryPagesData(locale: Locale): Promise<CategoryPage[]> {
  const topics = await topicsOrdered();
  const pages: CategoryPage[] = [];
  for (const category of await getForumIndexData(locale)) {
    const own = topics.filter((topic) => topic.category?.slug === category.slug);
    const pageCount = Math.max(1, Math.ceil(own.length / TOPICS_PER_PAGE));
    for (let page = 1; page <= pageCount; page += 1) {
      pages.push({
        category,
        page,
        pageCount,
        topics: own.slice((page - 1) * TOPICS_PER_PAGE, page * TOPICS_PER_PAGE).map((topic) => summaryOf(locale, topic)),
        alternates: alternatesFor((l) => urls.forumCategory(l, category.slug, page)),
        previous: page > 1 ? urls.forumCategory(locale, category.slug, page - 1) : null,
        next: page < pageCount ? urls.forumCategory(locale, category.slug, page + 1) : null,
      });
    }
  }
  return pages;
}

export interface PostView {
  documentId: string;
  author: AuthorView;
  html: string;
  /** Set when the post is written in another language than the page's. */
  lang: string | undefined;
  createdAt: string;
  when: string;
  edited: string | null;
  opening: boolean;
}

export function postView(locale: Locale, post: Post): PostView {
  const { data } = post;
  return {
    documentId: data.documentId,
    author: authorView(locale, data.author),
    html: renderPost(data.body),
    lang: data.language !== locale ? data.language : undefined,
    createdAt: data.createdAt,
    when: formatWhen(locale, data.createdAt),
    edited: data.editedAt ? formatWhen(locale, data.editedAt) : null,
    opening: data.opening,
  };
}

export interface TopicPage {
  topic: Topic;
  posts: PostView[];
  category: { name: string; url: string } | null;
  /** The fiche it discusses, in the page's language where translated. */
  fiche: { title: string; url: string; lang: string | undefined } | null;
  alternates: Record<Locale, string>;
}

export async function getTopicPagesData(locale: Locale): Promise<TopicPage[]> {
  const names = await categoryNames(locale);
  const fiches = new Map((await localized('fiches', locale)).map(({ entry }) => [entry.data.documentId, entry]));
  const posts = (await getCollection('forumPosts')).sort(
    (a, b) => Number(b.data.opening) - Number(a.data.opening) || a.data.createdAt.localeCompare(b.data.createdAt),
  );
  return (await topicsOrdered()).map((topic) => {
    const fiche = topic.fiche ? fiches.get(topic.fiche.documentId) : undefined;
    return {
      topic,
      posts: posts.filter((post) => post.data.topic === topic.documentId).map((post) => postView(locale, post)),
      category: topic.category ? { name: names.get(topic.category.slug) ?? topic.category.name, url: urls.forumCategory(locale, topic.category.slug) } : null,
      fiche: fiche ? { title: fiche.data.title, url: urls.fiche(locale, fiche), lang: fiche.data.locale !== locale ? fiche.data.locale : undefined } : null,
      alternates: alternatesFor((l) => urls.topic(l, topic.slug)),
    };
  });
}

/** Each member's public page: name, space, bio, and the topics they took part in. */
export async function getMemberPagesData(locale: Locale) {
  const topics = await topicsOrdered();
  const posts = await getCollection('forumPosts');
  return (await getCollection('forumMembers')).map(({ data: member }) => {
    const took = new Set(posts.filter((post) => post.data.author?.documentId === member.documentId).map((post) => post.data.topic));
    return {
      member,
      author: authorView(locale, member),
      memberSince: formatDate(locale, member.memberSince),
      topics: topics.filter((topic) => took.has(topic.documentId)).map((topic) => summaryOf(locale, topic)),
      alternates: alternatesFor((l) => urls.member(l, member.documentId)),
    };
  });
}

/** The topic of each fiche that has one (by the fiche's documentId): « Discuter de cette fiche ». */
export async function getFicheTopics(): Promise<Map<string, string>> {
  return new Map((await getCollection('forumTopics')).flatMap(({ data }) => (data.fiche ? [[data.fiche.documentId, data.slug] as const] : [])));
}

/** The forum's categories for the new-topic form: slug and name in the page's language. */
export async function getNewTopicCategories(locale: Locale) {
  return (await getForumIndexData(locale)).map(({ slug, name }) => ({ slug, name }));
}

/** Each topic's title and opening post, for the search; the category named in the page's language. */
export async function getForumTopicsForSearch(locale: Locale) {
  const names = await categoryNames(locale);
  const openings = new Map((await getCollection('forumPosts')).filter((post) => post.data.opening).map((post) => [post.data.topic, post.data.body]));
  return (await topicsOrdered()).map((topic) => ({
    slug: topic.slug,
    title: topic.title,
    language: topic.language,
    category: topic.category ? { name: names.get(topic.category.slug) ?? topic.category.name } : null,
    opening: openings.get(topic.documentId) ?? '',
  }));
}

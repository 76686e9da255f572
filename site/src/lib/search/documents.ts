/**
 * What the search knows of each page: the fields it indexes and the few it shows in a result.
 * Pure functions of the collections' data, so that tests and the benchmark call them directly.
 */
import { plainText } from '../plain-text';
import { truncate } from './text';

/** How the search reads Markdown: one line of words. */
export const SEARCH_TEXT = { layout: 'line' } as const;

/**
 * The words of a Markdown source as a reader of the page sees them, on one line: no markup, link
 * targets or HTML (the project's one Markdown reading). Code stays (a command or a file name is
 * worth finding). Build time only: the browser's search never loads the Markdown pipeline.
 */
export const searchableText = (markdown: string): string => plainText(markdown, SEARCH_TEXT);

export type SearchKind = 'fiche' | 'atelier' | 'formation' | 'espace' | 'sujet';

export interface SearchDocument {
  url: string;
  title: string;
  kind: SearchKind;
  /** Shown under the title: the category, or an event's date and place, or a space's commune. */
  meta: string;
  /** Language of the content (French where it stands in for a missing translation). */
  lang: string;
  /** Indexed with a high boost: category, tags, systems, software, hardware, commune, services. */
  keywords: string;
  /** Indexed: the summary, shown as the result's snippet. */
  summary: string;
  /** Indexed: the full text, as plain text. */
  body: string;
}

/** How long the stored snippet text of a result may be (the index carries it for every page). */
export const EXCERPT_LENGTH = 220;

/** The text a result shows: its summary, or the start of its body. */
export function excerptOf(doc: Pick<SearchDocument, 'summary' | 'body'>): string {
  return truncate(doc.summary || doc.body, EXCERPT_LENGTH);
}

interface Term {
  name: string;
}

export interface FicheData {
  title: string;
  summary: string | null;
  body: string;
  locale: string;
  category: Term | null;
  tags: Term[];
  systems: string[];
  software: string[];
  hardware: string[];
}

export function ficheDocument(data: FicheData, url: string): SearchDocument {
  return {
    url,
    title: data.title,
    kind: 'fiche',
    meta: data.category?.name ?? '',
    lang: data.locale,
    keywords: [data.category?.name, ...data.tags.map((t) => t.name), ...data.systems, ...data.software, ...data.hardware].filter(Boolean).join(' '),
    summary: data.summary ?? '',
    body: searchableText(data.body),
  };
}

export interface EventData {
  kind: 'atelier' | 'formation';
  title: string;
  description: string;
  locale: string;
  place: { name: string; commune: string } | null;
  audience: string;
  level: string;
  facilitators: string | null;
  category: Term | null;
}

/** `when` is the event's start, already formatted in the page's language. */
export function eventDocument(data: EventData, url: string, when: string): SearchDocument {
  const body = searchableText(data.description);
  return {
    url,
    title: data.title,
    kind: data.kind,
    meta: [data.category?.name, when, data.place?.commune].filter(Boolean).join(' · '),
    lang: data.locale,
    keywords: [data.category?.name, data.place?.name, data.place?.commune, data.audience, data.level, data.facilitators].filter(Boolean).join(' '),
    summary: '',
    body,
  };
}

export interface SpaceData {
  name: string;
  summary: string | null;
  description: string | null;
  locale: string;
  commune: string;
  postalCode: string;
  services: string[];
  publics: string[];
  operatingSystems: string[];
  installedSoftware: string[];
  /** France Services, Aidants Connect…: what people search a space by. */
  labels?: string[];
  usages?: string[];
}

/** Only public fields: a space's internal notes never reach the index. */
export function spaceDocument(data: SpaceData, url: string): SearchDocument {
  return {
    url,
    title: data.name,
    kind: 'espace',
    meta: data.commune,
    lang: data.locale,
    keywords: [
      data.commune,
      data.postalCode,
      ...data.services,
      ...data.publics,
      ...data.operatingSystems,
      ...data.installedSoftware,
      ...(data.labels ?? []),
      ...(data.usages ?? []),
    ].join(' '),
    summary: data.summary ?? '',
    body: searchableText(data.description ?? ''),
  };
}

export interface TopicData {
  title: string;
  /** The language the topic was opened in. */
  language: string;
  category: Term | null;
  /** The opening post's Markdown. */
  opening: string;
}

/** A forum topic: its title and opening post, as text (replies are left to the topic's page). */
export function topicDocument(data: TopicData, url: string): SearchDocument {
  return {
    url,
    title: data.title,
    kind: 'sujet',
    meta: data.category?.name ?? '',
    lang: data.language,
    keywords: data.category?.name ?? '',
    summary: '',
    body: searchableText(data.opening),
  };
}

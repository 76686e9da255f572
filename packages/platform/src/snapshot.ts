/**
 * The contract between the CMS and the site: what the site is built from. The site reads it from
 * a running CMS (`fetchSnapshot`) or from a file the CMS exported (npm run export:snapshot), so
 * the site builds without a CMS and its tests are deterministic. Only public fields come back.
 */
import { UIDS } from './content-types.js';
import { LOCALES, type Locale } from './locales.js';

/** The REST collections the site reads, and what each populates. */
export const COLLECTIONS = {
  fiches: ['category', 'tags', 'relatedFiches', 'attachments'],
  categories: [],
  etiquettes: [],
  espaces: [],
  ateliers: ['place', 'category'],
  formations: ['place', 'category'],
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

export interface Snapshot {
  version: 1;
  generatedAt: string;
  collections: Record<CollectionName, Record<Locale, RawEntry[]>>;
  /** Published history of fiches (absent from snapshots made before the revisions plugin). */
  histories?: History[];
  /** Archived issues of the weekly letter, sent ones, for their web version (read with a token). */
  lettres?: RawEntry[];
}

const PAGE_SIZE = 100;

async function fetchCollection(baseUrl: string, token: string | undefined, name: CollectionName, locale: Locale): Promise<RawEntry[]> {
  const entries: RawEntry[] = [];
  for (let page = 1; ; page += 1) {
    const query = new URLSearchParams({ locale, 'pagination[page]': String(page), 'pagination[pageSize]': String(PAGE_SIZE) });
    COLLECTIONS[name].forEach((field, i) => query.set(`populate[${i}]`, field));
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
  return { version: 1, generatedAt: new Date().toISOString(), collections, histories, lettres: token ? await fetchLettres(baseUrl, token) : [] };
}

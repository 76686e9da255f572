import type { Core, Modules } from '@strapi/strapi';
import type { Language } from '../../../shared/contracts';
import type { DigestContent, DigestItem } from '../digest/content';
import { dateFormats } from '../digest/dates';
import { createLinks, type Links } from '../digest/links';
import type { DigestPeriod } from '../digest/period';
import { STRINGS } from '../digest/strings';
import { getConfig } from '../utils/get-config';
import { parisDay, UIDS } from '@reseau-epn/platform';

interface Related {
  documentId: string;
  name?: string;
  commune?: string;
}

/**
 * A row as the queries below ask for it, populated relations included: Strapi's generated result
 * types describe a document's own fields, not what `populate` brings, so rows are read through this.
 */
interface Row {
  documentId: string;
  locale?: string;
  title?: string;
  name?: string;
  slug: string;
  summary?: string | null;
  commune?: string;
  createdAt: string;
  updatedAt: string;
  startsAt?: string;
  endsAt?: string;
  eventStatus?: string;
  category?: Related | null;
  place?: Related | null;
}

/** A forum message, read for its topic only. */
interface MessageRow {
  documentId: string;
  topic?: Row | null;
}

const FALLBACK: Language = 'fr';
type EventUid = typeof UIDS.atelier | typeof UIDS.formation;
/** Enough messages to rank a week's topics in a network of this size, not a whole forum's history. */
const MESSAGE_SCAN_LIMIT = 2000;

/**
 * What a week's letter holds in one language, read through the Document Service: published
 * versions only (the forum: published topics and posts). Fiches are read in the subscriber's language only (a fiche is its text); events
 * and spaces fall back to French when untranslated (they happen either way); the forum is not
 * localized.
 */
export const collector = ({ strapi }: { strapi: Core.Strapi }) => {
  /** What `read` finds in `locale`, and in French for the documents not translated. */
  async function localized(locale: Language, read: (locale: Language) => Promise<object[]>): Promise<(Row & { shownIn: Language })[]> {
    const locales: Language[] = locale === FALLBACK ? [locale] : [locale, FALLBACK];
    const found = new Map<string, Row & { shownIn: Language }>();
    for (const current of locales) {
      const rows = (await read(current)) as Row[];
      for (const row of rows) if (!found.has(row.documentId)) found.set(row.documentId, { ...row, shownIn: current });
    }
    return [...found.values()];
  }

  async function fiches(locale: Language, period: DigestPeriod, links: Links, max: number): Promise<DigestItem[]> {
    const labels = STRINGS[locale].labels;
    const rows = (await strapi.documents(UIDS.fiche).findMany({
      locale,
      status: 'published',
      filters: { updatedAt: { $gte: period.start.toISOString(), $lte: period.end.toISOString() } },
      fields: ['title', 'slug', 'summary', 'createdAt', 'updatedAt'],
      populate: { category: { fields: ['name'] } },
      sort: 'updatedAt:desc',
      limit: max,
    })) as Row[];
    return rows.map((row) => ({
      key: `fiche:${row.documentId}`,
      section: 'fiches',
      title: row.title ?? row.slug,
      url: links.fiche(locale, row.slug),
      summary: row.summary ?? undefined,
      labels: [Date.parse(row.createdAt) >= period.start.getTime() ? labels.newFiche : labels.updatedFiche, row.category?.name].filter((l): l is string => !!l),
      category: row.category?.documentId ?? null,
    }));
  }

  async function events(locale: Language, period: DigestPeriod, links: Links, max: number): Promise<DigestItem[]> {
    const labels = STRINGS[locale].labels;
    const format = dateFormats(locale);
    const read = (uid: EventUid) => (current: Language) =>
      strapi.documents(uid).findMany({
        locale: current,
        status: 'published',
        filters: { startsAt: { $gte: period.end.toISOString(), $lte: period.eventsUntil.toISOString() }, eventStatus: { $ne: 'annule' } },
        fields: ['title', 'slug', 'startsAt', 'endsAt', 'eventStatus'],
        populate: { place: { fields: ['name', 'commune'] }, category: { fields: ['name'] } },
        sort: 'startsAt:asc',
        limit: max,
      });
    const kinds = [
      { uid: UIDS.atelier, kind: 'atelier', label: labels.atelier },
      { uid: UIDS.formation, kind: 'formation', label: labels.formation },
    ] as const;
    const items: (DigestItem & { startsAt: number })[] = [];
    for (const { uid, kind, label } of kinds) {
      for (const row of await localized(locale, read(uid))) {
        const start = new Date(row.startsAt!);
        const place = row.place ? [row.place.name, row.place.commune].filter(Boolean).join(', ') : '';
        items.push({
          key: `${kind}:${row.documentId}`,
          section: 'calendar',
          title: row.title ?? row.slug,
          url: links.event(row.shownIn, kind, row.slug),
          summary: [format.event(start, new Date(row.endsAt!)), place].filter(Boolean).join(' · '),
          labels: [label, row.eventStatus === 'complet' ? labels.full : ''].filter(Boolean),
          category: row.category?.documentId ?? null,
          startsAt: start.getTime(),
        });
      }
    }
    return items
      .sort((a, b) => a.startsAt - b.startsAt)
      .slice(0, max)
      .map(({ startsAt: _startsAt, ...item }) => item);
  }

  async function forum(locale: Language, period: DigestPeriod, links: Links, max: number, topTopics: number): Promise<DigestItem[]> {
    const labels = STRINGS[locale].labels;
    const window = { $gte: period.start.toISOString(), $lte: period.end.toISOString() };
    const topicFields: Pick<Modules.Documents.ServiceParams<typeof UIDS.sujet>['findMany'], 'fields' | 'populate'> = {
      fields: ['title', 'slug', 'createdAt', 'updatedAt'],
      populate: { category: { fields: ['name'] } },
    };
    // Forum posts have no draft: what visitors see is `state: publie` (the moderation's), topics alike.
    const messages = (await strapi.documents(UIDS.message).findMany({
      filters: { createdAt: window, state: 'publie', topic: { state: 'publie' } },
      fields: ['createdAt'],
      populate: { topic: topicFields },
      limit: MESSAGE_SCAN_LIMIT,
    })) as MessageRow[];
    const activity = new Map<string, { topic: Row; count: number }>();
    for (const message of messages) {
      if (!message.topic) continue;
      const entry = activity.get(message.topic.documentId) ?? { topic: message.topic, count: 0 };
      entry.count += 1;
      activity.set(message.topic.documentId, entry);
    }
    const newTopics = (await strapi
      .documents(UIDS.sujet)
      .findMany({ filters: { createdAt: window, state: 'publie' }, ...topicFields, sort: 'createdAt:desc', limit: max })) as Row[];
    const isNew = new Set(newTopics.map((topic) => topic.documentId));
    const active = [...activity.values()].sort((a, b) => b.count - a.count).slice(0, topTopics);
    const listed = [...active.map((a) => a.topic), ...newTopics.filter((t) => !active.some((a) => a.topic.documentId === t.documentId))];

    return listed.slice(0, max).map((topic) => ({
      key: `sujet:${topic.documentId}`,
      section: 'forum',
      title: topic.title ?? topic.slug,
      url: links.topic(locale, topic.slug),
      labels: [
        isNew.has(topic.documentId) ? labels.newTopic : '',
        activity.has(topic.documentId) ? labels.messages(activity.get(topic.documentId)!.count) : '',
      ].filter(Boolean),
      category: topic.category?.documentId ?? null,
    }));
  }

  async function spaces(locale: Language, period: DigestPeriod, links: Links, max: number): Promise<DigestItem[]> {
    const labels = STRINGS[locale].labels;
    const rows = await localized(locale, (current) =>
      strapi.documents(UIDS.espace).findMany({
        locale: current,
        status: 'published',
        filters: {
          $or: [
            { updatedAt: { $gte: period.start.toISOString(), $lte: period.end.toISOString() } },
            { lastUpdated: { $gte: parisDay(period.start), $lte: parisDay(period.end) } },
          ],
        },
        fields: ['name', 'slug', 'commune', 'summary', 'createdAt', 'updatedAt'],
        sort: 'updatedAt:desc',
        limit: max,
      }),
    );
    return rows.slice(0, max).map((row) => ({
      key: `espace:${row.documentId}`,
      section: 'spaces',
      title: row.name ?? row.slug,
      url: links.space(row.shownIn, row.slug),
      summary: [row.commune, row.summary].filter(Boolean).join(' — ') || undefined,
      labels: [Date.parse(row.createdAt) >= period.start.getTime() ? labels.newSpace : labels.updatedSpace],
      category: null,
    }));
  }

  return {
    async collect(locale: Language, period: DigestPeriod): Promise<DigestContent> {
      const config = getConfig(strapi);
      const links = createLinks(config.siteUrl, config.apiUrl);
      const max = config.maxItemsPerSection;
      const items = [
        ...(await fiches(locale, period, links, max)),
        ...(await events(locale, period, links, max)),
        ...(await forum(locale, period, links, max, config.forumTopics)),
        ...(await spaces(locale, period, links, max)),
      ];
      return { locale, periodStart: period.start.toISOString(), periodEnd: period.end.toISOString(), items };
    },
  };
};

export type CollectorService = ReturnType<typeof collector>;

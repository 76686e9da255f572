import type { Core, UID } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import type { PublicHistory } from '../../../shared/contracts';
import { decodeContent } from './content-codec';
import { UIDS } from '@reseau-epn/platform';

const REVISION = UIDS.revision;

type PublishedRow = { targetDocumentId: string; targetLocale: string | null; authorName: string; publishedVersionAt: string | Date; content: string };

const keyOf = (uid: string, documentId: string, locale: string | null) => `${uid}\n${documentId}\n${locale ?? ''}`;

/**
 * The public, anonymous history of published documents, for the site's « historique » pages and
 * the redirects of former addresses: dates and authors of the published versions (at most
 * `limit`, the newest) and former slugs. Never the content, never a private field (the edit
 * summary is one). Only documents published now are answered; their histories are built once,
 * decompressing their revisions, and kept in memory until a revision of that document is written.
 */
export function createPublicHistory(strapi: Core.Strapi, limit: () => number) {
  const cache = new Map<string, PublicHistory>();

  /** The versions of `uid` published now, as documentId and locale: archived, unpublished or deleted ones have none. */
  async function publishedNow(uid: UID.ContentType, where: Record<string, unknown> = {}): Promise<{ documentId: string; locale: string | null }[]> {
    if (!contentTypes.hasDraftAndPublish(strapi.contentType(uid))) return [];
    // The query engine, not the Document Service: published rows of every locale in one query.
    const rows: { documentId: string; locale?: string | null }[] = await strapi.db
      .query(uid)
      .findMany({ where: { ...where, publishedAt: { $notNull: true } }, select: ['documentId', 'locale'] });
    return rows.map((r) => ({ documentId: r.documentId, locale: r.locale ?? null }));
  }

  async function build(uid: string, documentId: string, locale: string | null): Promise<PublicHistory> {
    const rows: PublishedRow[] = await strapi.db.query(REVISION).findMany({
      where: { targetUid: uid, targetDocumentId: documentId, targetLocale: locale, publishedVersionAt: { $notNull: true } },
      select: ['targetDocumentId', 'targetLocale', 'authorName', 'publishedVersionAt', 'content'],
      orderBy: [{ publishedVersionAt: 'asc' }, { id: 'asc' }],
    });
    const slugs = rows.map((row) => decodeContent(row.content).slug).filter((slug): slug is string => typeof slug === 'string');
    const current = slugs.at(-1);
    return {
      documentId,
      locale,
      versions: rows.slice(-limit()).map((row) => ({ publishedAt: new Date(row.publishedVersionAt).toISOString(), authorName: row.authorName })),
      formerSlugs: [...new Set(slugs.filter((slug) => slug !== current))],
    };
  }

  async function cached(uid: string, documentId: string, locale: string | null): Promise<PublicHistory> {
    const key = keyOf(uid, documentId, locale);
    let history = cache.get(key);
    if (!history) {
      history = await build(uid, documentId, locale);
      cache.set(key, history);
    }
    return history;
  }

  return {
    /** Every document of `uid` published now, in every locale. */
    async all(uid: UID.ContentType): Promise<PublicHistory[]> {
      const published = await publishedNow(uid);
      const histories = [];
      for (const { documentId, locale } of published) histories.push(await cached(uid, documentId, locale));
      return histories.filter((h) => h.versions.length > 0);
    },

    /** One document in one locale (the default one when none is given), or null when it is not published now. */
    async one(uid: UID.ContentType, documentId: string, locale: string | undefined): Promise<PublicHistory | null> {
      const i18n = strapi.plugin('i18n');
      const localized = i18n.service('content-types').isLocalizedContentType(strapi.contentType(uid)) as boolean;
      const wanted = localized ? (locale ?? ((await i18n.service('locales').getDefaultLocale()) as string)) : null;
      const [published] = await publishedNow(uid, { documentId, ...(wanted ? { locale: wanted } : {}) });
      if (!published) {
        cache.delete(keyOf(uid, documentId, wanted));
        return null;
      }
      const history = await cached(uid, documentId, wanted);
      return history.versions.length > 0 ? history : null;
    },

    /**
     * A revision of this document was written (or rewritten): its histories are built again on
     * the next call. Forgotten now and once the write's transaction commits, so that a call made
     * meanwhile, which could not see the new revision yet, does not stay cached.
     */
    async forget(uid: string, documentId: string): Promise<void> {
      const drop = () => {
        for (const key of cache.keys()) if (key.startsWith(keyOf(uid, documentId, ''))) cache.delete(key);
      };
      drop();
      await strapi.db.transaction(async ({ onCommit }) => onCommit(drop));
    },
  };
}

import type { Core, Modules, UID } from '@strapi/strapi';
import type { RevisionsConfig } from '../config';
import { errors } from '@strapi/utils';
import type { PublicHistory, RevisionDetail, RevisionDiff, RevisionSummary } from '../../../shared/contracts';
import { captureContent } from './capture';
import { decodeContent, encodeContent, hashContent } from './content-codec';
import { diffContents } from './diff';
import { personalAttributes, purgePersonalData } from './personal-data';
import { createPublicHistory } from './public-history';
import { TIME_ZONE, UIDS } from '@reseau-epn/platform';
import { PLUGIN_ID } from '../../../shared/permissions';

const REVISION = UIDS.revision;
/** Attribute types compared word by word. */
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email']);

export interface Author {
  id: number | null;
  name: string;
}

type Row = {
  id: number;
  targetLocale: string | null;
  authorName: string;
  summary: string | null;
  createdAt: string | Date;
  publishedVersionAt: string | Date | null;
  content: string;
  contentHash: string;
  personalDataPurgedAt: string | Date | null;
};

const iso = (value: string | Date | null) => (value ? new Date(value).toISOString() : null);
const summaryOf = (row: Row): RevisionSummary => ({
  id: row.id,
  locale: row.targetLocale,
  authorName: row.authorName,
  summary: row.summary,
  createdAt: iso(row.createdAt)!,
  publishedAt: iso(row.publishedVersionAt),
});

export const revisions = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = <T>(key: keyof RevisionsConfig) => strapi.plugin(PLUGIN_ID).config(key) as T;
  // The config names content types (checked by Strapi at start-up): those the app generated types for.
  const tracked = () => config<UID.ContentType[]>('contentTypes');
  const isTracked = (uid: string): uid is UID.ContentType => (tracked() as string[]).includes(uid);
  const histories = createPublicHistory(strapi, () => config<number>('publicHistoryLimit'));

  /** A route's `uid` is a string from the URL: 404 unless it names a tracked type. */
  function assertTracked(uid: string): asserts uid is UID.ContentType {
    if (!isTracked(uid)) throw new errors.NotFoundError(`Pas d'historique pour « ${uid} ». Types suivis : ${tracked().join(', ')}.`);
  }

  async function latest(uid: string, documentId: string, locale: string | null): Promise<Row | null> {
    return strapi.db.query(REVISION).findOne({
      where: { targetUid: uid, targetDocumentId: documentId, targetLocale: locale },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
  }

  return {
    isTracked,

    /** Keeps the current draft as a revision, unless it equals the last one (a save that changed nothing). */
    async record(uid: UID.ContentType, documentId: string, locale: string | null, author: Author, summary: string | null, published = false) {
      const content = await captureContent(strapi, uid, documentId, locale ?? undefined);
      if (!content) return null;
      const contentHash = hashContent(content);
      const last = await latest(uid, documentId, locale);
      const now = new Date();
      if (last && last.contentHash === contentHash) {
        if (published && !last.publishedVersionAt) {
          await strapi.db.query(REVISION).update({ where: { id: last.id }, data: { publishedVersionAt: now } });
          await histories.forget(uid, documentId);
        }
        return null;
      }
      const created = await strapi.db.query(REVISION).create({
        data: {
          targetUid: uid,
          targetDocumentId: documentId,
          targetLocale: locale,
          contentHash,
          content: encodeContent(content),
          authorId: author.id,
          authorName: author.name,
          summary,
          publishedVersionAt: published ? now : null,
        },
      });
      await histories.forget(uid, documentId);
      return created;
    },

    async list(uid: string, documentId: string, locale: string | null): Promise<RevisionSummary[]> {
      assertTracked(uid);
      const rows: Row[] = await strapi.db.query(REVISION).findMany({
        where: { targetUid: uid, targetDocumentId: documentId, targetLocale: locale },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
      return rows.map(summaryOf);
    },

    async get(uid: string, documentId: string, id: number): Promise<RevisionDetail> {
      assertTracked(uid);
      const row: Row | null = await strapi.db.query(REVISION).findOne({ where: { id, targetUid: uid, targetDocumentId: documentId } });
      if (!row) throw new errors.NotFoundError(`Aucune révision ${id} pour ce document.`);
      // Revisions kept before a field was untracked still hold it: not compared, never restored.
      const untracked = config<Record<string, string[]>>('untrackedFields')[uid] ?? [];
      const content = Object.fromEntries(Object.entries(decodeContent(row.content)).filter(([field]) => !untracked.includes(field)));
      return { ...summaryOf(row), content };
    },

    async diff(uid: string, documentId: string, from: number, to: number): Promise<RevisionDiff> {
      const [a, b] = [await this.get(uid, documentId, from), await this.get(uid, documentId, to)];
      assertTracked(uid);
      const attributes = strapi.contentType(uid).attributes as Record<string, { type: string }>;
      const textFields = new Set(Object.keys(attributes).filter((name) => TEXT_TYPES.has(attributes[name].type)));
      // A version whose personal data was removed says nothing of it: not a change.
      const purged = await strapi.db.query(REVISION).count({ where: { id: { $in: [from, to] }, personalDataPurgedAt: { $notNull: true } } });
      const hidden = new Set(purged > 0 ? personalAttributes(strapi, uid) : []);
      const visible = (content: Record<string, unknown>) => Object.fromEntries(Object.entries(content).filter(([field]) => !hidden.has(field)));
      return { from, to, changes: diffContents(visible(a.content), visible(b.content), textFields) };
    },

    /** Brings an old version back as the current draft; the restore is itself a new revision. */
    async restore(uid: string, documentId: string, id: number, author: Author) {
      const revision = await this.get(uid, documentId, id);
      assertTracked(uid);
      const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(revision.createdAt));
      // A version's fields as captured, keyed by the schema's own attribute names (`editSummary` included).
      const data = {
        ...revision.content,
        editSummary: `Restauration de la version du ${date} (${revision.authorName})`,
      } as Modules.Documents.Params.Data.PartialInput<UID.ContentType>;
      await strapi.documents(uid).update({ documentId, locale: revision.locale ?? undefined, data });
      void author;
      return this.list(uid, documentId, revision.locale);
    },

    /** The published history of every document of `uid` published now (the site's « historique » pages and redirects). */
    async publicHistory(uid: string): Promise<PublicHistory[]> {
      assertTracked(uid);
      return histories.all(uid);
    },

    /** The published history of one document published now; 404 otherwise (draft, archived, deleted). */
    async publicHistoryOf(uid: string, documentId: string, locale: string | undefined): Promise<PublicHistory> {
      assertTracked(uid);
      const history = await histories.one(uid, documentId, locale);
      if (!history) throw new errors.NotFoundError(`Aucune version publiée de ${documentId}.`);
      return history;
    },

    /**
     * Removes personal data (the types' personal fields) from revisions older than the
     * retention setting (`personalDataRetentionDays`). Returns how many revisions lost some.
     */
    async purgePersonalData(now = new Date()): Promise<number> {
      return purgePersonalData(strapi, {
        uids: tracked(),
        retentionDays: config<number>('personalDataRetentionDays'),
        now,
        forget: histories.forget,
      });
    },
  };
};

export type RevisionsService = ReturnType<typeof revisions>;

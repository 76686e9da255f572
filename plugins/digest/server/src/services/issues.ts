import type { Core } from '@strapi/strapi';
import type { IssueStatus, Language } from '../../../shared/contracts';
import type { DigestContent } from '../digest/content';
import type { DigestPeriod } from '../digest/period';
import type { RenderedLetter } from '../digest/letter';
import { parisDay, UIDS } from '@reseau-epn/platform';

const ISSUE = UIDS.digestIssue;
const LETTRE = UIDS.lettre;

export type IssueTrigger = 'cron' | 'admin' | 'manual';

export interface Issue {
  id: number;
  issueKey: string;
  status: IssueStatus;
  trigger: IssueTrigger | null;
  periodStart: string;
  periodEnd: string;
  /** The letter's content per language, frozen when the issue was planned. */
  content: Partial<Record<Language, DigestContent>> | null;
  /** documentId of the archived Lettre per language. */
  lettres: Partial<Record<Language, string>> | null;
  startedAt: string | null;
  finishedAt: string | null;
}

/** Issues of the letter (one per week, or per key given by hand) and their archived Lettres. */
export const issues = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(ISSUE);
  const lettres = () => strapi.documents(LETTRE);

  return {
    async find(issueKey: string): Promise<Issue | null> {
      return rows().findOne({ where: { issueKey } });
    },

    async findById(id: number): Promise<Issue | null> {
      return rows().findOne({ where: { id } });
    },

    /** Creates the issue; null when another instance created it first (unique key). */
    async create(issueKey: string, trigger: IssueTrigger, period: DigestPeriod, content: Issue['content']): Promise<Issue | null> {
      try {
        return await rows().create({
          data: { issueKey, trigger, status: 'planning', periodStart: period.start, periodEnd: period.end, content, lettres: {} },
        });
      } catch {
        return null;
      }
    },

    async update(id: number, data: Partial<Omit<Issue, 'id'>>): Promise<Issue> {
      return rows().update({ where: { id }, data });
    },

    async unfinished(): Promise<Issue[]> {
      return rows().findMany({ where: { status: { $ne: 'done' } }, orderBy: { id: 'asc' } });
    },

    async list(limit = 52): Promise<Issue[]> {
      return rows().findMany({
        orderBy: { id: 'desc' },
        limit,
        select: ['id', 'issueKey', 'status', 'trigger', 'periodStart', 'periodEnd', 'lettres', 'startedAt', 'finishedAt'],
      });
    },

    /**
     * The archived Lettre of an issue in one language, created once: its documentId is the web
     * version's address, which the letter itself links to.
     */
    async lettreFor(issue: Issue, language: Language, title: string): Promise<string> {
      const existing = await lettres().findFirst({ filters: { issueKey: issue.issueKey, language }, fields: ['documentId'] });
      if (existing) return existing.documentId;
      const created = await lettres().create({
        data: {
          title,
          language,
          issueKey: issue.issueKey,
          periodStart: parisDay(new Date(issue.periodStart)),
          periodEnd: parisDay(new Date(issue.periodEnd)),
        },
      });
      return created.documentId;
    },

    async archive(documentId: string, letter: RenderedLetter): Promise<void> {
      await lettres().update({ documentId, data: { html: letter.html, text: letter.text } });
    },

    async markLettresSent(documentIds: readonly string[], sentAt: Date): Promise<void> {
      for (const documentId of documentIds) await lettres().update({ documentId, data: { sentAt: sentAt.toISOString() } });
    },
  };
};

export type IssuesService = ReturnType<typeof issues>;

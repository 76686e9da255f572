import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { LANGUAGES, type Language } from '../../../shared/contracts';
import { createLinks } from '../digest/links';
import { periodLabel } from '../digest/digest-mjml';
import { compileLetter, type CompiledLetter } from '../digest/letter';
import { digestPeriod } from '../digest/period';
import { isoWeekKey } from '@reseau-epn/platform';
import { STRINGS } from '../digest/strings';
import { getConfig } from '../utils/get-config';
import { getService } from '../utils/get-service';
import type { Issue, IssueTrigger } from './issues';
import { createSender, type SendOutcome } from '../sending/sender';
import type { StatusCounts } from './deliveries';
import { ABONNE } from './subscriptions';

const LOCK_NAME = 'digest-run';

export interface RunOptions {
  /** The moment the run stands for (the cron's fire time); the clock runs on from there. */
  now?: Date;
  /** Defaults to the ISO week of `now`: one issue a week, whichever instance runs it. */
  issueKey?: string;
  trigger?: IssueTrigger;
  /** Stops the run once the messages in flight are done; the rest stays pending for the next run. */
  signal?: AbortSignal;
  /** Benchmark baseline: compile the MJML for every message instead of once per language. */
  compilePerMessage?: boolean;
  /** Benchmark baseline: record each outcome in its own commit instead of in groups. */
  recordEach?: boolean;
}

export interface RunReport {
  /** done: every delivery settled; incomplete: some wait for a retry or for the next run. */
  status: 'done' | 'incomplete' | 'locked' | 'already-sent';
  issueKey: string;
  /** Why a run stopped before the end, if it did. */
  stopped?: SendOutcome['stopped'];
  /** This run's messages. */
  sent: number;
  failed: number;
  skipped: number;
  /** The whole issue's deliveries after this run. */
  counts: StatusCounts | null;
  durationMs: number;
}

export type RunStart = { started: true; issueKey: string; done: Promise<RunReport> } | { started: false; report: RunReport };

/**
 * A run: take the lock, create the week's issue (content frozen, letters archived, one delivery
 * per confirmed subscriber), then send what is due. Any instance may run; one at a time does.
 */
export const runner = ({ strapi }: { strapi: Core.Strapi }) => {
  const instance = `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const idle = (issueKey: string, status: RunReport['status']): RunReport => ({
    status,
    issueKey,
    sent: 0,
    failed: 0,
    skipped: 0,
    counts: null,
    durationMs: 0,
  });

  async function createIssue(issueKey: string, trigger: IssueTrigger, now: Date): Promise<Issue> {
    const config = getConfig(strapi);
    const period = digestPeriod(now, config.periodDays, config.eventDays);
    const content: Issue['content'] = {};
    for (const language of LANGUAGES) content[language] = await getService(strapi, 'collector').collect(language, period);
    const created = await getService(strapi, 'issues').create(issueKey, trigger, period, content);
    return created ?? (await getService(strapi, 'issues').find(issueKey))!;
  }

  /** Compiles each language's letter once; on the first run, archives it as a Lettre too. */
  async function prepareLetters(issue: Issue): Promise<{ issue: Issue; letters: Partial<Record<Language, CompiledLetter>> }> {
    const config = getConfig(strapi);
    const links = createLinks(config.siteUrl, config.apiUrl);
    const service = getService(strapi, 'issues');
    const letters: Partial<Record<Language, CompiledLetter>> = {};
    const lettres = { ...(issue.lettres ?? {}) };
    for (const language of LANGUAGES) {
      const content = issue.content?.[language];
      if (!content || content.items.length === 0) continue;
      const planning = issue.status === 'planning';
      const { from, to } = periodLabel(content);
      if (planning && !lettres[language]) lettres[language] = await service.lettreFor(issue, language, STRINGS[language].subject(from, to));
      const webUrl = lettres[language] ? links.letterIssue(language, lettres[language]!) : null;
      letters[language] = await compileLetter(content, { webUrl, subscribeUrl: links.letterSubscribe(language) });
      if (planning && lettres[language]) {
        await service.archive(lettres[language]!, letters[language]!.full());
      }
    }
    const updated = issue.status === 'planning' ? await service.update(issue.id, { lettres }) : issue;
    return { issue: updated, letters };
  }

  async function execute(issueKey: string, options: RunOptions, clock: () => Date, holder: string, lockLost: () => boolean): Promise<RunReport> {
    const began = Date.now();
    const service = getService(strapi, 'issues');
    let issue = (await service.find(issueKey)) ?? (await createIssue(issueKey, options.trigger ?? 'manual', clock()));
    const prepared = await prepareLetters(issue);
    issue = prepared.issue;
    if (issue.status === 'planning') {
      const confirmed: { id: number }[] = await strapi.db.query(ABONNE).findMany({ where: { confirmed: true }, select: ['id'] });
      await getService(strapi, 'deliveries').plan(
        issue.id,
        confirmed.map((row) => row.id),
      );
      issue = await service.update(issue.id, { status: 'sending', startedAt: clock().toISOString() });
    }

    const outcome = await createSender(strapi, {
      issue,
      letters: prepared.letters,
      clock,
      holder,
      lockLost,
      signal: options.signal,
      compilePerMessage: options.compilePerMessage,
      recordEach: options.recordEach,
    }).run();
    const counts = (await getService(strapi, 'deliveries').counts([issue.id])).get(issue.id)!;
    const settled = counts.pending + counts.sending === 0;
    if (settled) {
      const finishedAt = clock();
      await service.update(issue.id, { status: 'done', finishedAt: finishedAt.toISOString() });
      await service.markLettresSent(Object.values(issue.lettres ?? {}), finishedAt);
    }
    const report: RunReport = {
      status: settled ? 'done' : 'incomplete',
      issueKey,
      stopped: outcome.stopped,
      ...outcome.totals,
      counts,
      durationMs: Date.now() - began,
    };
    const summary = `[digest] ${issueKey}: ${report.sent} sent, ${report.failed} failed, ${report.skipped} skipped in this run; issue: ${counts.sent} sent, ${counts.failed} failed, ${counts.pending + counts.sending} waiting`;
    if (counts.failed > 0 || outcome.stopped) strapi.log.warn(`${summary}${outcome.stopped ? ` (stopped: ${outcome.stopped})` : ''}`);
    else strapi.log.info(summary);
    return report;
  }

  const runnerService = {
    /**
     * Takes the lock and starts the run in the background. Not started: another run holds the
     * lock, or the issue has already gone out in full.
     */
    async start(options: RunOptions = {}): Promise<RunStart> {
      const config = getConfig(strapi);
      const offset = options.now ? options.now.getTime() - Date.now() : 0;
      const clock = () => new Date(Date.now() + offset);
      const issueKey = options.issueKey ?? isoWeekKey(clock());
      // One holder per run, even within one process: the cron and an admin's click must not share the lock.
      const holder = `${instance}:${issueKey}:${randomBytes(3).toString('hex')}`;
      const leaseMs = config.leaseSeconds * 1000;
      const lock = getService(strapi, 'lock');

      const sentInFull = async () => (await getService(strapi, 'issues').find(issueKey))?.status === 'done';
      // An issue sent in full stays so: said even while the run that sent it is letting go of the lock.
      if (await sentInFull()) return { started: false, report: idle(issueKey, 'already-sent') };
      if (!(await lock.acquire(LOCK_NAME, holder, leaseMs))) return { started: false, report: idle(issueKey, 'locked') };
      // Checked again under the lock: a run may have finished it in between.
      if (await sentInFull()) {
        await lock.release(LOCK_NAME, holder);
        return { started: false, report: idle(issueKey, 'already-sent') };
      }

      let lost = false;
      const heartbeat = setInterval(() => {
        lock.renew(LOCK_NAME, holder, leaseMs).then(
          (held) => {
            if (!held) lost = true;
          },
          (error: Error) => strapi.log.warn(`[digest] lock renewal failed: ${error.message}`),
        );
      }, leaseMs / 3);
      heartbeat.unref();

      const done = execute(issueKey, options, clock, holder, () => lost).finally(async () => {
        clearInterval(heartbeat);
        await lock.release(LOCK_NAME, holder).catch(() => undefined);
      });
      return { started: true, issueKey, done };
    },

    /** Runs to the end (or to the stop signal) and reports. */
    async run(options: RunOptions = {}): Promise<RunReport> {
      const start = await runnerService.start(options);
      return start.started ? start.done : start.report;
    },

    /** After a restart, and on the retry schedule: issues not yet fully sent carry on. */
    async resumeUnfinished(): Promise<RunReport[]> {
      const reports: RunReport[] = [];
      for (const issue of await getService(strapi, 'issues').unfinished()) {
        reports.push(await runnerService.run({ issueKey: issue.issueKey, trigger: issue.trigger ?? 'manual' }));
      }
      return reports;
    },

    async running(): Promise<{ holder: string; expiresAt: string } | null> {
      return getService(strapi, 'lock').current(LOCK_NAME);
    },
  };
  return runnerService;
};

export type RunnerService = ReturnType<typeof runner>;

import type { Core } from '@strapi/strapi';
import type { Language } from '../../../shared/contracts';
import { nextAttempt } from '../digest/backoff';
import { compileLetter, type CompiledLetter, type RenderedLetter } from '../digest/letter';
import { createLinks } from '../digest/links';
import { createPacer } from '../digest/pacer';
import { normaliseInterests, selectItems } from '../digest/selection';
import type { DigestItem } from '../digest/content';
import type { ClaimedDelivery } from '../services/deliveries';
import type { Issue } from '../services/issues';
import { ABONNE } from '../services/subscriptions';
import { getConfig } from '../utils/get-config';
import { getService } from '../utils/get-service';
import { createComposer, type Composer } from './composer';
import { mailDomain, mailSender, sendMail } from './email';
import { createRecorder, type Recorder } from './recorder';
import { digestMessage } from './message';

interface SubscriberRow {
  id: number;
  documentId: string;
  email: string;
  language: Language;
  confirmed: boolean | null;
  preferences: unknown;
}

export interface SenderContext {
  issue: Issue;
  letters: Partial<Record<Language, CompiledLetter>>;
  clock: () => Date;
  /** Names this run's claims: `holder#batch`. */
  holder: string;
  /** True once the run lock was taken over: stop at once. */
  lockLost: () => boolean;
  signal?: AbortSignal;
  compilePerMessage?: boolean;
  recordEach?: boolean;
}

export interface SendOutcome {
  totals: { sent: number; failed: number; skipped: number };
  stopped?: 'signal' | 'lock-lost' | 'smtp-unreachable';
}

/**
 * Outcomes written together (sending/recorder.ts): a few dozen per commit make SQLite's fsync
 * negligible, and keep the window a crash leaves (accepted, not yet recorded: sent again under
 * the same Message-ID) to a fraction of a second.
 */
const RECORD_GROUP = 25;
const RECORD_WAIT_MS = 250;

/**
 * Messages in hand per SMTP connection: one on the wire, one being rendered and composed (on the
 * composing thread) meanwhile; the email pool queues a message until a connection is free. With
 * one per connection, the main thread waited for the composer or the server a third of a run.
 */
const IN_HAND_PER_CONNECTION = 2;

interface SmtpError extends Error {
  responseCode?: number;
}

/**
 * The send loop of one run: claim a batch, send it through Strapi's email service (its pooled
 * SMTP connections, `connections` messages in flight) at the configured rate, record each
 * outcome as it happens, and go on until nothing is due. Each
 * message is personalised from the language's compiled letter: the subscriber's items and signed
 * links, nothing compiled.
 */
export function createSender(strapi: Core.Strapi, context: SenderContext) {
  const config = getConfig(strapi);
  const ledger = getService(strapi, 'deliveries');
  const signing = getService(strapi, 'signing');
  const links = createLinks(config.siteUrl, config.apiUrl);
  const domain = mailDomain(strapi);
  const sender = mailSender(strapi);
  const leaseMs = config.leaseSeconds * 1000;
  const totals = { sent: 0, failed: 0, skipped: 0 };
  let stopped: SendOutcome['stopped'];
  let consecutiveFailures = 0;

  const shouldStop = () => {
    if (!stopped && context.signal?.aborted) stopped = 'signal';
    if (!stopped && context.lockLost()) stopped = 'lock-lost';
    return stopped !== undefined;
  };

  async function render(letter: CompiledLetter, items: DigestItem[], token: string): Promise<RenderedLetter> {
    const slots = { preferencesUrl: links.letterPreferences(letter.content.locale, token), unsubscribeUrl: links.unsubscribe(token) };
    if (!context.compilePerMessage) return letter.render(items, slots);
    const own = await compileLetter({ ...letter.content, items }, { webUrl: null, subscribeUrl: links.letterSubscribe(letter.content.locale) });
    return own.render(items, slots);
  }

  async function deliver(
    row: ClaimedDelivery,
    subscriber: SubscriberRow | undefined,
    pacer: ReturnType<typeof createPacer>,
    recorder: Recorder,
    composer: Composer,
  ) {
    // Unsubscribed since the issue was planned: it takes effect at once.
    if (!subscriber || subscriber.confirmed !== true) {
      totals.skipped += 1;
      await recorder.record({ id: row.id, status: 'skipped', reason: 'unsubscribed', language: subscriber?.language ?? null, at: context.clock() });
      return;
    }
    const letter = context.letters[subscriber.language];
    const items = letter ? selectItems(letter.content, normaliseInterests(subscriber.preferences)) : [];
    if (!letter || items.length === 0) {
      totals.skipped += 1;
      await recorder.record({ id: row.id, status: 'skipped', reason: 'empty', language: subscriber.language, at: context.clock() });
      return;
    }
    const token = signing.manageToken(subscriber.documentId);
    const message = digestMessage(context.issue.issueKey, subscriber, await render(letter, items, token), links.unsubscribe(token), domain);
    await pacer.wait();
    try {
      await sendMail(strapi, { to: message.to, messageId: message.messageId!, raw: await composer.compose({ ...sender, ...message }) });
    } catch (caught) {
      const error = caught as SmtpError;
      const attempts = row.attempts + 1;
      const retryAt = nextAttempt(attempts, error, config.retry, context.clock());
      totals.failed += 1;
      // No answer at all, time after time: the server is down, the rest can wait for the retry.
      consecutiveFailures = error.responseCode === undefined ? consecutiveFailures + 1 : 0;
      if (consecutiveFailures >= config.maxConsecutiveFailures) stopped ??= 'smtp-unreachable';
      const failure = `${error.responseCode ?? ''} ${error.message}`.trim();
      await recorder.record({ id: row.id, status: 'failed', attempts, error: failure, retryAt, at: context.clock() });
      return;
    }
    consecutiveFailures = 0;
    totals.sent += 1;
    await recorder.record({ id: row.id, status: 'sent', messageId: message.messageId!, language: subscriber.language, at: context.clock() });
  }

  /** Claims a batch, sends it, records it, and again until nothing is due or the run must stop. */
  async function sendBatches(pacer: ReturnType<typeof createPacer>, composer: Composer) {
    let batch = 0;
    while (!shouldStop()) {
      const now = context.clock();
      const claim = `${context.holder}#${(batch += 1)}`;
      // A whole batch is settled before the next claim: none of this run's rows is ever in
      // flight when stale claims are collected.
      const claimed = await ledger.claim(context.issue.id, claim, config.batchSize, now, new Date(now.getTime() - leaseMs));
      if (claimed.length === 0) break;
      // The query engine, not the Document Service: a run reads thousands of subscribers.
      const subscribers: SubscriberRow[] = await strapi.db.query(ABONNE).findMany({
        where: { id: { $in: claimed.map((row) => row.subscriberId) } },
        select: ['id', 'documentId', 'email', 'language', 'confirmed', 'preferences'],
      });
      const byId = new Map(subscribers.map((s) => [s.id, s]));
      const recorder = createRecorder((outcomes) => ledger.settle(claim, outcomes), {
        size: context.recordEach ? 1 : RECORD_GROUP,
        maxWaitMs: RECORD_WAIT_MS,
      });
      const untouched: number[] = [];
      let next = 0;
      const worker = async () => {
        while (next < claimed.length) {
          const row = claimed[next++];
          if (shouldStop()) untouched.push(row.id);
          else await deliver(row, byId.get(row.subscriberId), pacer, recorder, composer);
        }
      };
      // Outcomes already known are written even when a worker fails (the database went away).
      await Promise.all(Array.from({ length: config.connections * IN_HAND_PER_CONNECTION }, worker)).finally(() => recorder.flush());
      await ledger.release(untouched, claim);
    }
  }

  return {
    async run(): Promise<SendOutcome> {
      const composer = createComposer();
      try {
        await sendBatches(createPacer(config.sendRate), composer);
      } finally {
        await composer.close();
      }
      return { totals, stopped };
    },
  };
}

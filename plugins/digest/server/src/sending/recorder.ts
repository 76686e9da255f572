import type { Language } from '../../../shared/contracts';

/** What became of one claimed delivery, as the ledger records it. */
export type Outcome =
  | { id: number; status: 'sent'; messageId: string; language: Language; at: Date }
  | { id: number; status: 'skipped'; reason: 'empty' | 'unsubscribed'; language: Language | null; at: Date }
  /** With a retry time the row waits as pending again; without one it has failed for good. */
  | { id: number; status: 'failed'; attempts: number; error: string; retryAt: Date | null; at: Date };

export interface RecorderOptions {
  /** Outcomes written together, in one transaction. */
  size: number;
  /** The oldest outcome waits at most this long for its write, however slow the sending. */
  maxWaitMs: number;
  now?: () => number;
}

/**
 * Outcomes of a batch written a few at a time, in one transaction each, rather than one commit
 * per message: on SQLite every commit is a journal write and an fsync, which was most of a
 * message's time. The price is the window after a crash: a message the SMTP server accepted
 * whose outcome was not written yet is sent again on resume, under the same Message-ID; it spans
 * at most `size` messages or `maxWaitMs`, instead of the messages in flight.
 */
export function createRecorder(write: (outcomes: Outcome[]) => Promise<void>, { size, maxWaitMs, now = Date.now }: RecorderOptions) {
  let waiting: Outcome[] = [];
  let oldest = 0;
  // Writes go one after the other, in the order outcomes came: a flush never overtakes another.
  let writing: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (waiting.length > 0) {
      const outcomes = waiting;
      waiting = [];
      writing = writing.then(() => write(outcomes));
    }
    return writing;
  };

  return {
    /** Resolves once the outcome is written when this call fills the group; otherwise at once. */
    record(outcome: Outcome): Promise<void> {
      if (waiting.length === 0) oldest = now();
      waiting.push(outcome);
      return waiting.length >= size || now() - oldest >= maxWaitMs ? flush() : writing;
    },
    /** Writes whatever waits; the batch is settled once this resolves. */
    flush,
  };
}

export type Recorder = ReturnType<typeof createRecorder>;

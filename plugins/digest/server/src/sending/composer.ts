import path from 'node:path';
import { WorkerClient } from '@reseau-epn/platform/worker-thread';
import type { ComposeRequest } from './compose';

/**
 * Composing a 20 KB message (MIME tree, quoted-printable, headers) took about a fifth of the
 * CMS's CPU per digest message, on the thread that also renders the letters, writes the
 * delivery records and drives the SMTP connections. A run hands it to a thread of its own, which
 * on a machine with two cores or more runs beside the main one; the message comes back whole and
 * goes to the SMTP server as it is (nodemailer's `raw`), in one write.
 */
export interface Composer {
  compose(mail: ComposeRequest): Promise<string>;
  /** Ends the thread; called once the run is over. */
  close(): Promise<void>;
}

/** Compiled next to this module (dist/…/sending/compose-worker.js), where the CMS loads the plugin from. */
const WORKER = path.join(__dirname, 'compose-worker.js');

/**
 * A message is composed and forgotten: a small young generation is enough, and keeps the thread's
 * share of the CMS's memory small (V8's default lets it reach tens of megabytes before collecting).
 */
const LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 };

export function createComposer(): Composer {
  const client = new WorkerClient<ComposeRequest, string>('digest composer', WORKER, { resourceLimits: LIMITS });
  return { compose: (mail) => client.ask(mail), close: () => client.close() };
}

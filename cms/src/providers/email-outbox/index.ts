import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailerProvider from '@strapi/provider-email-nodemailer';
import type StreamTransport from 'nodemailer/lib/stream-transport';

export { purgeOutbox } from './purge';

type Settings = Parameters<typeof nodemailerProvider.init>[1];
type SendOptions = Parameters<ReturnType<typeof nodemailerProvider.init>['send']>[0];

export interface OutboxOptions {
  /** Where the `.eml` files go (`MAIL_OUTBOX_DIR`, else `$DATA_DIR/outbox`). */
  dir: string;
}

/** Sortable by date, unique by Message-ID, and nothing a file system would choke on. */
function fileName(messageId: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return `${stamp}-${messageId.replace(/^<|>$/g, '').replace(/[^\w.@-]/g, '_')}.eml`;
}

/**
 * Strapi's email provider when no SMTP server is set (cms/config/plugins.ts): each message is
 * written as an RFC 5322 `.eml` file a person can open. The official nodemailer provider builds
 * the message, so it has the same fields, defaults and safeguards as one sent over SMTP;
 * nodemailer's stream transport hands it back instead of sending it. The files hold personal
 * data: readable by the CMS's user only, and purged after `MAIL_OUTBOX_RETENTION_DAYS`.
 */
export function init(options: OutboxOptions, settings: Settings) {
  const stream: StreamTransport.Options = { streamTransport: true, buffer: true, newline: 'windows' };
  const composer = nodemailerProvider.init(stream, settings);
  return {
    async send(message: SendOptions) {
      const info = await composer.send(message);
      await mkdir(options.dir, { recursive: true, mode: 0o700 });
      await writeFile(path.join(options.dir, fileName(info.messageId, new Date())), info.message as Buffer, { mode: 0o600 });
      return info;
    },
  };
}

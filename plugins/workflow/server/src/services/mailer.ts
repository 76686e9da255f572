import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  /** A fixed Message-ID (`<…@…>`): a message sent again after a crash is then recognisably the same. */
  messageId?: string;
  /**
   * How text and HTML parts are encoded. Unset, nodemailer tries both on every part; a bulk
   * sender that knows its content saves that work (about half of a message's build time).
   */
  textEncoding?: 'quoted-printable' | 'base64';
}

export interface SentMail {
  messageId: string;
}

/** A transport kept open for many messages (the digest): SMTP connections are pooled and reused. */
export interface BulkMailer {
  send(mail: OutgoingMail): Promise<SentMail>;
  close(): void;
}

/** Where messages go without SMTP settings: .eml files a person can open, one per message. */
function outboxDir(strapi: Core.Strapi): string {
  const dataDir = process.env.DATA_DIR ?? path.resolve(strapi.dirs.app.root, '..', 'data');
  return process.env.MAIL_OUTBOX_DIR ?? path.join(dataDir, 'outbox');
}

function smtpOptions(host: string) {
  const user = process.env.SMTP_USER;
  return {
    host,
    port: Number(process.env.SMTP_PORT ?? 587),
    secure: process.env.SMTP_SECURE === 'true',
    auth: user ? { user, pass: process.env.SMTP_PASS ?? '' } : undefined,
  };
}

function createTransport(strapi: Core.Strapi, pool?: { maxConnections: number }): Transporter {
  const host = process.env.SMTP_HOST;
  if (host) {
    // maxMessages: a pooled connection is recycled after 100 messages by default; a run of
    // thousands would reconnect for nothing.
    return pool
      ? nodemailer.createTransport({ ...smtpOptions(host), pool: true, maxConnections: pool.maxConnections, maxMessages: Infinity })
      : nodemailer.createTransport(smtpOptions(host));
  }
  const dir = outboxDir(strapi);
  mkdirSync(dir, { recursive: true });
  strapi.log.info(`[mailer] no SMTP_HOST: messages are written as .eml files to ${dir}`);
  return nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
}

/**
 * The platform's one way to send mail (workflow decisions, the digest, the forum):
 * SMTP from the environment, or an outbox folder of .eml files when none is set.
 */
export const mailer = ({ strapi }: { strapi: Core.Strapi }) => {
  let transport: Transporter | undefined;
  const from = () => process.env.MAIL_FROM ?? 'Réseau EPN <no-reply@reseau-epn.example>';

  async function deliver(through: Transporter, mail: OutgoingMail): Promise<SentMail> {
    const info = await through.sendMail({ from: from(), ...mail });
    if (!process.env.SMTP_HOST && 'message' in info) {
      const file = path.join(outboxDir(strapi), `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[<>@]/g, '')}.eml`);
      await writeFile(file, info.message as Buffer);
    }
    return { messageId: info.messageId };
  }

  return {
    async send(mail: OutgoingMail): Promise<SentMail> {
      transport ??= createTransport(strapi);
      return deliver(transport, mail);
    },
    /** A pooled transport for a batch of messages, read from the environment now; close it after. */
    pool({ maxConnections = 3 }: { maxConnections?: number } = {}): BulkMailer {
      const pooled = createTransport(strapi, { maxConnections });
      return { send: (mail) => deliver(pooled, mail), close: () => pooled.close() };
    },
    /** For tests and configuration changes: the next message builds a new transport. */
    reset(): void {
      transport = undefined;
    },
  };
};

export type MailerService = ReturnType<typeof mailer>;

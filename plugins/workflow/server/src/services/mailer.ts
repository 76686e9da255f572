import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
}

/** Where messages go without SMTP settings: .eml files a person can open, one per message. */
function outboxDir(strapi: Core.Strapi): string {
  const dataDir = process.env.DATA_DIR ?? path.resolve(strapi.dirs.app.root, '..', 'data');
  return process.env.MAIL_OUTBOX_DIR ?? path.join(dataDir, 'outbox');
}

function createTransport(strapi: Core.Strapi): Transporter {
  const host = process.env.SMTP_HOST;
  if (host) {
    const user = process.env.SMTP_USER;
    return nodemailer.createTransport({
      host,
      port: Number(process.env.SMTP_PORT ?? 587),
      secure: process.env.SMTP_SECURE === 'true',
      auth: user ? { user, pass: process.env.SMTP_PASS ?? '' } : undefined,
    });
  }
  const dir = outboxDir(strapi);
  mkdirSync(dir, { recursive: true });
  strapi.log.info(`[mailer] no SMTP_HOST: messages are written as .eml files to ${dir}`);
  return nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
}

/**
 * The platform's one way to send mail (workflow decisions now; the digest and the forum later):
 * SMTP from the environment, or an outbox folder of .eml files when none is set.
 */
export const mailer = ({ strapi }: { strapi: Core.Strapi }) => {
  let transport: Transporter | undefined;
  const from = () => process.env.MAIL_FROM ?? 'Réseau EPN <no-reply@reseau-epn.example>';

  return {
    async send(mail: OutgoingMail): Promise<void> {
      transport ??= createTransport(strapi);
      const info = await transport.sendMail({ from: from(), ...mail });
      if (!process.env.SMTP_HOST && 'message' in info) {
        const { writeFile } = await import('node:fs/promises');
        const file = path.join(outboxDir(strapi), `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[<>@]/g, '')}.eml`);
        await writeFile(file, info.message as Buffer);
      }
    },
    /** For tests and configuration changes: the next message builds a new transport. */
    reset(): void {
      transport = undefined;
    },
  };
};

export type MailerService = ReturnType<typeof mailer>;

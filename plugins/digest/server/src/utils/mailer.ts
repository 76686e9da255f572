import type { Core } from '@strapi/strapi';

/**
 * The platform's shared mailer (plugins/workflow, service `mailer`), as the digest uses it. The
 * workflow plugin exports no types to other workspaces, hence this local view of its surface.
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  messageId?: string;
  textEncoding?: 'quoted-printable' | 'base64';
}

export interface BulkMailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  pool(options?: { maxConnections?: number }): BulkMailer;
}

export function getMailer(strapi: Core.Strapi): Mailer {
  return strapi.plugin('workflow').service('mailer') as Mailer;
}

/** The domain of the sender's address, for Message-IDs and List-Id. */
export function mailDomain(): string {
  const from = process.env.MAIL_FROM ?? 'no-reply@reseau-epn.example';
  return /@([^>\s]+)/.exec(from)?.[1] ?? 'reseau-epn.example';
}

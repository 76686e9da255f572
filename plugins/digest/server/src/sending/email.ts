import type { Core } from '@strapi/strapi';

/**
 * A message as the digest hands it to Strapi's email service. The official nodemailer provider
 * passes each of these fields to nodemailer's sendMail (the local outbox provider builds its
 * `.eml` files the same way), so Message-IDs and list headers reach the mailbox intact.
 */
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

interface EmailService {
  send(mail: OutgoingMail): Promise<unknown>;
}

/**
 * Sends through Strapi's email service, the platform's one mailer (cms/config/plugins.ts): its
 * SMTP connections are pooled and shared with every other sender. Rejects with nodemailer's
 * error, whose `responseCode` tells a refusal (5xx) from a failure to retry.
 */
export async function sendMail(strapi: Core.Strapi, mail: OutgoingMail): Promise<void> {
  await (strapi.plugin('email').service('email') as EmailService).send(mail);
}

/** The domain of the sender's address (the email plugin's `defaultFrom`), for Message-IDs and List-Id. */
export function mailDomain(strapi: Core.Strapi): string {
  const from = String(strapi.config.get('plugin::email.settings.defaultFrom') ?? '');
  return /@([^>\s]+)/.exec(from)?.[1] ?? 'reseau-epn.example';
}

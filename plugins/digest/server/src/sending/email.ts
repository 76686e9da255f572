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

/**
 * A message composed beforehand (sending/composer.ts): its bytes go out as they are, and `to`
 * is the envelope's recipient (the sender's is the email plugin's `defaultFrom`).
 */
export interface ComposedMail {
  to: string;
  messageId: string;
  /** The whole message, headers included (sending/compose.ts). */
  raw: string;
}

interface EmailService {
  send(mail: OutgoingMail | ComposedMail): Promise<unknown>;
}

/**
 * Sends through Strapi's email service, the platform's one mailer (cms/config/plugins.ts): its
 * SMTP connections are pooled and shared with every other sender. Rejects with nodemailer's
 * error, whose `responseCode` tells a refusal (5xx) from a failure to retry.
 */
export async function sendMail(strapi: Core.Strapi, mail: OutgoingMail | ComposedMail): Promise<void> {
  await (strapi.plugin('email').service('email') as EmailService).send(mail);
}

/** The email plugin's sender and reply addresses, which its provider puts on every message it composes. */
export function mailSender(strapi: Core.Strapi): { from: string; replyTo: string } {
  const from = String(strapi.config.get('plugin::email.settings.defaultFrom') ?? '');
  return { from, replyTo: String(strapi.config.get('plugin::email.settings.defaultReplyTo') ?? from) };
}

/** The domain of the sender's address (the email plugin's `defaultFrom`), for Message-IDs and List-Id. */
export function mailDomain(strapi: Core.Strapi): string {
  return /@([^>\s]+)/.exec(mailSender(strapi).from)?.[1] ?? 'reseau-epn.example';
}

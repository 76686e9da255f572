import MailComposer from 'nodemailer/lib/mail-composer';
import type { OutgoingMail } from './email';

/** A message as it is composed: the email plugin's sender and reply address, and the mail itself. */
export interface ComposeRequest extends OutgoingMail {
  from: string;
  replyTo: string;
}

/**
 * The message as nodemailer would put it on the wire: headers, multipart/alternative,
 * quoted-printable parts. The same composer nodemailer's transports use, with the same
 * safeguards as Strapi's provider (no file or URL is ever read into a message). Handed on as a
 * string (nodemailer writes a string as UTF-8, the bytes it was decoded from): a message then
 * lives and dies in V8's young generation, where a Buffer's memory waits outside the heap for a
 * full collection (100 MB of them at the run's peak, measured).
 */
export function composeMessage(mail: ComposeRequest): Promise<string> {
  const composer = new MailComposer({ ...mail, disableFileAccess: true, disableUrlAccess: true });
  return new Promise((resolve, reject) => composer.compile().build((error, message) => (error ? reject(error) : resolve(message.toString('utf8')))));
}

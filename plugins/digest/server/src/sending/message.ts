import type { Language } from '../../../shared/contracts';
import type { RenderedLetter } from '../digest/letter';
import { STRINGS } from '../digest/strings';
import type { OutgoingMail } from './email';

export interface Recipient {
  documentId: string;
  email: string;
  language: Language;
}

/**
 * A subscriber's message with its list headers: one-click unsubscription (RFC 8058: the
 * List-Unsubscribe URL takes a POST of `List-Unsubscribe=One-Click`, no login), and a Message-ID
 * fixed per (issue, subscriber), so a message sent again after a crash is recognisably the same.
 */
export function digestMessage(issueKey: string, recipient: Recipient, letter: RenderedLetter, unsubscribeUrl: string, domain: string): OutgoingMail {
  return {
    to: recipient.email,
    subject: letter.subject,
    html: letter.html,
    text: letter.text,
    messageId: `<digest.${issueKey}.${recipient.documentId}@${domain}>`,
    // Mostly ASCII HTML: quoted-printable keeps it small and readable, and nodemailer need not try both.
    textEncoding: 'quoted-printable',
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `${STRINGS.fr.letterName} <lettre.${domain}>`,
      'Auto-Submitted': 'auto-generated',
    },
  };
}

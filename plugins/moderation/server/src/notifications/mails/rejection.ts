import { escapeHtml, plainLine } from '@reseau-epn/platform';
import { type ComposedMail, excerpt, htmlDocument, link, paragraphs, quote } from './layout';

export interface RejectionMailInput {
  recipientName: string;
  topicTitle: string;
  /** The topic's page, for a reply (an opening post's topic is not shown, so it has none). */
  topicUrl: string | null;
  body: string;
  /** The moderator's reason, as they wrote it. */
  reason: string;
}

/** To a post's author: it will not be published, and why. */
export function rejectionMail(input: RejectionMailInput): ComposedMail {
  const title = plainLine(input.topicTitle);
  const recipient = plainLine(input.recipientName);
  const reason = input.reason.trim();
  const text = excerpt(input.body);
  const subject = `Votre message dans « ${title} » n’a pas été publié`;
  const intro = `Un modérateur du forum du Réseau EPN n’a pas publié votre message dans le sujet « ${title} ».`;

  return {
    subject,
    text: [
      `Bonjour ${recipient},`,
      intro,
      `Raison donnée :\n${reason}`,
      `Votre message :\n${text}`,
      ...(input.topicUrl ? [`Le sujet : ${input.topicUrl}`] : []),
    ].join('\n\n'),
    html: htmlDocument(
      subject,
      [
        `<p>Bonjour ${escapeHtml(recipient)},</p>`,
        `<p>${escapeHtml(intro)}</p>`,
        `<p><strong>Raison donnée :</strong></p>`,
        paragraphs(reason),
        `<p><strong>Votre message :</strong></p>`,
        quote(text),
        ...(input.topicUrl ? [`<p>${link(input.topicUrl, 'Voir le sujet')}</p>`] : []),
      ].join('\n'),
    ),
  };
}

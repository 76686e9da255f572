import { escapeHtml, plainLine } from '@reseau-epn/platform';
import { type ComposedMail, excerpt, htmlDocument, link, quote } from './layout';

export interface ReplyMailInput {
  recipientName: string;
  replierName: string;
  topicTitle: string;
  topicUrl: string;
  /** The reply's Markdown source. */
  body: string;
  /** One-click links (the CMS's GET page, POST unsubscribes): this topic, every topic. */
  unsubscribeTopicUrl: string;
  unsubscribeAllUrl: string;
  /** The throttle, said so that silence after this mail is understood. */
  hours: number;
}

/** « Nouvelle réponse » to a topic's author and participants. */
export function replyMail(input: ReplyMailInput): ComposedMail {
  const title = plainLine(input.topicTitle);
  const recipient = plainLine(input.recipientName);
  const replier = plainLine(input.replierName);
  const text = excerpt(input.body);
  const subject = `Nouvelle réponse dans « ${title} »`;
  const why = `Vous recevez ce message parce que vous participez à ce sujet du forum du Réseau EPN. D’autres réponses dans les ${input.hours} heures qui viennent ne vous seront pas signalées.`;

  return {
    subject,
    text: [
      `Bonjour ${recipient},`,
      `${replier} a répondu dans le sujet « ${title} » :`,
      text,
      `Lire la discussion : ${input.topicUrl}`,
      '--',
      why,
      `Ne plus être averti pour ce sujet : ${input.unsubscribeTopicUrl}`,
      `Ne plus recevoir aucun avis de réponse : ${input.unsubscribeAllUrl}`,
    ].join('\n\n'),
    html: htmlDocument(
      subject,
      [
        `<p>Bonjour ${escapeHtml(recipient)},</p>`,
        `<p>${escapeHtml(replier)} a répondu dans le sujet « ${link(input.topicUrl, title)} » :</p>`,
        quote(text),
        `<p>${link(input.topicUrl, 'Lire la discussion')}</p>`,
      ].join('\n'),
      [
        `<p>${escapeHtml(why)}</p>`,
        `<p>${link(input.unsubscribeTopicUrl, 'Ne plus être averti pour ce sujet')} · ${link(input.unsubscribeAllUrl, 'Ne plus recevoir aucun avis de réponse')}</p>`,
      ].join('\n'),
    ),
    // RFC 2369 and RFC 8058: the mail client's own « Se désabonner » button, in one click (POST).
    headers: {
      'List-Unsubscribe': `<${input.unsubscribeTopicUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

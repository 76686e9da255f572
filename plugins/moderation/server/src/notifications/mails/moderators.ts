import { escapeHtml, plainLine } from '@reseau-epn/platform';
import { type ComposedMail, excerpt, htmlDocument, link, quote } from './layout';

export interface ModeratorAlertInput {
  kind: 'pending' | 'flagged';
  topicTitle: string;
  /** The author's display name; null for a deleted account. */
  authorName: string | null;
  body: string;
  /** The queue page's tab in the admin. */
  queueUrl: string;
  /** Flagged: how many distinct members flagged it, and whether that hid it. */
  flags?: number;
  hidden?: boolean;
}

const ANCIENT_MEMBER = 'ancien membre';

function situation(input: ModeratorAlertInput): string {
  if (input.kind === 'pending') return 'Un message attend votre relecture avant d’être publié.';
  const count = input.flags ?? 1;
  const flagged = `Un message a été signalé (${count} ${count > 1 ? 'signalements' : 'signalement'}).`;
  return input.hidden ? `${flagged} Il est masqué jusqu’à votre décision.` : flagged;
}

/** To the moderators: a post waits, or was flagged; the queue page decides. */
export function moderatorAlertMail(input: ModeratorAlertInput): ComposedMail {
  const title = plainLine(input.topicTitle);
  const author = plainLine(input.authorName ?? ANCIENT_MEMBER);
  const text = excerpt(input.body);
  const subject = input.kind === 'pending' ? `Message à relire dans « ${title} »` : `Message signalé dans « ${title} »`;
  const what = situation(input);
  const action = input.kind === 'pending' ? 'Ouvrir la file d’attente' : 'Ouvrir les messages signalés';

  return {
    subject,
    text: [`Bonjour,`, what, `Sujet : « ${title} »\nAuteur : ${author}`, text, `${action} : ${input.queueUrl}`].join('\n\n'),
    html: htmlDocument(
      subject,
      [
        `<p>Bonjour,</p>`,
        `<p>${escapeHtml(what)}</p>`,
        `<p>Sujet : « ${escapeHtml(title)} »<br>\nAuteur : ${escapeHtml(author)}</p>`,
        quote(text),
        `<p>${link(input.queueUrl, action)}</p>`,
      ].join('\n'),
      `<p>Vous recevez ce message parce que vous modérez le forum du Réseau EPN.</p>`,
    ),
  };
}

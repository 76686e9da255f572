import type { Recipient } from './fiches-match';

/** A first publication, or a later one of a fiche already on the site. */
export type PublicationKind = 'new' | 'update';

export interface PublishedFiche {
  title: string;
  summary?: string | null;
  /** The fiche's page on the public site. */
  url: string;
}

export interface FicheMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * One line of what people wrote (a fiche's title, a space's name): a line break or a control
 * character would let a title forge lines of the mail (a fake link), and bidirectional overrides
 * would disguise an address. The same rule as the moderation's and the digest's mails. The HTML
 * part is this text escaped by the workflow's queue (textToHtml), so no markup gets through.
 */
export function plainLine(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- control characters are what this strips
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const SUBJECTS: Record<PublicationKind, string> = { new: 'Nouvelle fiche', update: 'Fiche mise à jour' };

/**
 * The French mail to one team member: the fiche, its summary and page, the spaces concerned
 * among theirs, and how to stop these mails (their entry in the space's team, in the admin).
 * `spaceEditUrl` gives a space's edit view in the admin.
 */
export function ficheMail(kind: PublicationKind, fiche: PublishedFiche, recipient: Recipient, spaceEditUrl: (documentId: string) => string): FicheMail {
  const title = plainLine(fiche.title);
  const summary = plainLine(fiche.summary ?? '');
  const names = recipient.spaces.map((space) => `- ${plainLine(space.name)}`).join('\n');
  const what =
    kind === 'new'
      ? `Une nouvelle fiche concerne ${recipient.spaces.length > 1 ? 'vos espaces' : 'votre espace'} : elle porte sur un système ou un logiciel que vous utilisez.`
      : `Une fiche qui concerne ${recipient.spaces.length > 1 ? 'vos espaces' : 'votre espace'} vient d’être mise à jour.`;
  const stop = recipient.spaces.map((space) => `- ${plainLine(space.name)} : ${spaceEditUrl(space.documentId)}`).join('\n');
  const text = `Bonjour${recipient.firstname ? ` ${plainLine(recipient.firstname)}` : ''},

${what}

« ${title} »${summary ? `\n${summary}` : ''}

Lire la fiche : ${fiche.url}

${recipient.spaces.length > 1 ? 'Espaces concernés' : 'Espace concerné'} :
${names}

Vous recevez ce message parce que vous avez choisi d’être prévenu·e des fiches pour ${recipient.spaces.length > 1 ? 'ces espaces' : 'cet espace'}. Pour ne plus le recevoir, décochez l’option des fiches (notifyFiches) de votre ligne dans l’équipe de l’espace, dans l’administration :
${stop}

L’équipe du Réseau EPN
`;
  return { to: recipient.email, subject: `${SUBJECTS[kind]} pour votre espace : ${title}`, text };
}

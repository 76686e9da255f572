import { plainLine } from '@reseau-epn/platform';
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

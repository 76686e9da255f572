import { isStale, staleAge } from '@reseau-epn/platform';

/** One space as its team's reminder shows it. */
export interface ReminderSpace {
  name: string;
  /** The day its page was last checked, YYYY-MM-DD. */
  checkedOn: string;
  /** The page in the admin, where the team edits it. */
  editUrl: string;
  /** The page on the public site; null while the space is not published. */
  publicUrl: string | null;
}

export interface ReminderRecipient {
  firstname: string | null;
}

export interface ReminderMail {
  subject: string;
  text: string;
}

const dayFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** « 3 mars 2025 », « 1er avril 2026 »: a date-only field is a calendar day, read at UTC noon. */
export function frenchDay(day: string): string {
  const formatted = dayFormat.format(new Date(`${day.slice(0, 10)}T12:00:00Z`));
  return formatted.replace(/^1 /, '1er ');
}

/** « plus d’un an », « plus de 6 mois », « plus de 45 jours »: the site's units (the platform's staleAge). */
function ageBeyond(days: number): string {
  const { unit, count } = staleAge(days);
  if (unit === 'years') return count === 1 ? 'plus d’un an' : `plus de ${count} ans`;
  if (unit === 'months') return count === 1 ? 'plus d’un mois' : `plus de ${count} mois`;
  return `plus de ${count} jours`;
}

/**
 * Space names and first names are typed by people: one line each, so that none can fake a line
 * of the mail. The HTML part is made from this text with everything escaped (the workflow's
 * queue, textToHtml).
 */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * A page checked more than `staleAfterDays` days before `today` is flagged, as the site flags it
 * in the directory: the platform's rule (staleness.ts) and the same setting.
 */
function spaceBlock(space: ReminderSpace, today: string, staleAfterDays: number): string {
  const dated = `Mise à jour le ${frenchDay(space.checkedOn)}`;
  const state = isStale(space.checkedOn, today, staleAfterDays) ? `${dated}, il y a ${ageBeyond(staleAfterDays)} : à vérifier en priorité.` : `${dated}.`;
  const publicLine = space.publicUrl ? `Voir la page publique : ${space.publicUrl}` : 'Page pas encore publiée dans l’annuaire.';
  return [`• ${oneLine(space.name)}`, `  ${state}`, `  Modifier la page : ${space.editUrl}`, `  ${publicLine}`].join('\n');
}

/**
 * The French mail to one member of spaces' teams (the admin is in French): each of their spaces
 * with its date, flagged when stale, and the links to edit it and to see it.
 */
export function reminderMail(recipient: ReminderRecipient, spaces: readonly ReminderSpace[], today: string, staleAfterDays: number): ReminderMail {
  const several = spaces.length > 1;
  const greeting = recipient.firstname && oneLine(recipient.firstname) ? `Bonjour ${oneLine(recipient.firstname)},` : 'Bonjour,';
  const intro = several
    ? `Comme chaque mois, voici les ${spaces.length} espaces dont vous tenez la page dans l’annuaire du Réseau EPN. Horaires, services, contact, matériel : prenez quelques minutes pour vérifier que leurs pages sont toujours exactes, et corrigez ce qui a changé.`
    : 'Comme chaque mois, voici l’espace dont vous tenez la page dans l’annuaire du Réseau EPN. Horaires, services, contact, matériel : prenez quelques minutes pour vérifier que sa page est toujours exacte, et corrigez ce qui a changé.';
  const text = [
    greeting,
    intro,
    ...spaces.map((space) => spaceBlock(space, today, staleAfterDays)),
    `Vous recevez ce rappel parce que vous faites partie de l’équipe ${several ? 'de ces espaces' : 'de cet espace'}. Si ce n’est plus le cas, demandez à un·e modérateur·rice du réseau de vous en retirer.`,
    'L’équipe du Réseau EPN',
  ].join('\n\n');
  const subject = several ? 'Vos espaces dans l’annuaire : leurs pages sont-elles à jour ?' : 'Votre espace dans l’annuaire : sa page est-elle à jour ?';
  return { subject, text };
}

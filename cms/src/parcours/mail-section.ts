import type { Core } from '@strapi/strapi';
import type { Locale } from '@reseau-epn/platform';
import { readStanding } from './standing-reader';
import { standingText } from './strings';

/** Who a registration mail is for, when it may carry « Votre parcours ». */
export interface StandingRequest {
  formation: string;
  email: string;
  locale: Locale;
}

interface MailWithStanding {
  notice: { text: string };
  standing?: StandingRequest;
}

/** Inserts the section before the mail's last line (the signature). */
export const withSection = (text: string, section: string) => (section ? text.replace(/\n\n(?=[^\n]*\n?$)/, `\n\n${section}\n\n`) : text);

/**
 * Adds where the person stands on their paths to each mail that asks for it (a formation's
 * confirmation or waiting-list mail): only in the mail, never in the HTTP answer, which stays the
 * same whether the address is known or not. Replaces each mail's notice in place, since the same
 * mails are then queued or sent after the commit.
 */
export async function addStandings(strapi: Core.Strapi, mails: readonly MailWithStanding[]): Promise<void> {
  for (const mail of mails) {
    if (!mail.standing) continue;
    const { formation, email, locale } = mail.standing;
    mail.notice = { ...mail.notice, text: withSection(mail.notice.text, standingText(await readStanding(strapi, formation, email, locale), locale)) };
  }
}

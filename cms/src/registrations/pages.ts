import type { Locale } from '@reseau-epn/platform';
import { validationError, type FieldIssue } from '@reseau-epn/platform/strapi';
import { escapeHtml, isFormPost, plainPage, type ReplyContext } from '../public-requests/form-reply';
import { eventWords } from './mails';
import type { RegistrableEvent } from './events';
import { REGISTRATION_STRINGS } from './strings';

/**
 * Refuses a registration with every field named: for a browser's form post, a 400 page of the
 * CMS (the site is static) whose links lead to each field of the event page's form
 * (`#inscription-<field>`); a 400 JSON error otherwise.
 */
export function refuseRegistration(ctx: ReplyContext, locale: Locale, formUrl: string, issues: FieldIssue[]): void {
  if (!isFormPost(ctx)) throw validationError(issues);
  const s = REGISTRATION_STRINGS[locale];
  const base = formUrl.split('#')[0]!;
  const items = issues
    .map(({ path, message }) => {
      const field = String(path[0] ?? '');
      const label = s.fields[field] ?? field;
      return `<li><a href="${escapeHtml(`${base}#inscription-${field}`)}">${escapeHtml(label)}</a> (<code>${escapeHtml(field)}</code>) : ${escapeHtml(message)}</li>`;
    })
    .join('');
  ctx.status = 400;
  ctx.type = 'html';
  ctx.body = plainPage(
    locale,
    s.errorTitle,
    `<p>${escapeHtml(s.errorIntro)}</p><ul>${items}</ul><p><a href="${escapeHtml(formUrl)}">${escapeHtml(s.back)}</a></p>`,
  );
}

/** The event as the cancel pages name it: title, date, place, the places held. */
function summary(event: RegistrableEvent, places: number, locale: Locale): string {
  const words = eventWords(event, locale);
  const s = REGISTRATION_STRINGS[locale];
  return (
    `<p><strong>${escapeHtml(words.title)}</strong><br>${escapeHtml(words.when)}` +
    (words.place ? `<br>${escapeHtml(words.place)}` : '') +
    `<br>${escapeHtml(s.places(places))}</p>`
  );
}

/**
 * What the cancel link's GET shows: the registration and a button that POSTs. Opening the link
 * cancels nothing, since mail scanners and link previews follow links. The form posts to the CMS
 * itself (Strapi's policy allows `form-action 'self'`).
 */
export function confirmCancelPage(locale: Locale, token: string, event: RegistrableEvent, places: number): string {
  const s = REGISTRATION_STRINGS[locale].cancel;
  return plainPage(
    locale,
    s.title,
    `<p>${escapeHtml(s.intro)}</p>${summary(event, places, locale)}` +
      `<form method="post" action="/api/inscriptions/annulation"><input type="hidden" name="token" value="${escapeHtml(token)}">` +
      `<input type="hidden" name="lang" value="${escapeHtml(locale)}"><button type="submit">${escapeHtml(s.button)}</button></form>`,
  );
}

/** After the POST, or for a link that cannot cancel any more: one sentence, and the event. */
export function cancelOutcomePage(locale: Locale, message: 'done' | 'alreadyDone' | 'over' | 'invalid', event?: RegistrableEvent, places = 1): string {
  const s = REGISTRATION_STRINGS[locale].cancel;
  return plainPage(locale, s.title, `<p>${escapeHtml(s[message])}</p>${event ? summary(event, places, locale) : ''}`);
}

import { escapeHtml, type Locale } from '@reseau-epn/platform';
import { validationError, type FieldIssue } from '@reseau-epn/platform/strapi';
import { STRINGS } from './strings';

export { escapeHtml };

export interface ReplyContext {
  status: number;
  body: unknown;
  type: string;
  request: { is(...types: string[]): string | false | null };
  redirect(url: string): void;
}

/**
 * A plain form post from the site (no JavaScript): the browser sent urlencoded fields. Anything
 * else (JSON) is an API client, answered in Strapi's JSON shapes.
 */
export const isFormPost = (ctx: ReplyContext) => Boolean(ctx.request.is('application/x-www-form-urlencoded', 'multipart/form-data'));

/** A page of its own, no script, no style: the CMS serves it under Strapi's strict policy. */
export function plainPage(locale: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body>
</html>`;
}

/**
 * The site is static: it cannot show a post's errors next to its fields. So the CMS answers a
 * refused form post with a 400 page of its own naming each field (label in the page's language,
 * linked to the field on the form) and a way back; the browser's Back button keeps the values.
 */
export function errorPage(locale: Locale, formUrl: string, idPrefix: string, issues: FieldIssue[]): string {
  const s = STRINGS[locale];
  const items = issues
    .map(({ path, message }) => {
      const field = path[0] ?? '';
      const label = s.fields[field] ?? field;
      return `<li><a href="${escapeHtml(`${formUrl}#${idPrefix}-${field}`)}">${escapeHtml(label)}</a> (<code>${escapeHtml(field)}</code>) : ${escapeHtml(message)}</li>`;
    })
    .join('');
  return plainPage(
    locale,
    s.errorTitle,
    `<p>${escapeHtml(s.errorIntro)}</p><ul>${items}</ul><p><a href="${escapeHtml(formUrl)}">${escapeHtml(s.back)}</a></p>`,
  );
}

/** Refuses the request with every field named: an HTML page to a browser's form post, a 400 JSON error otherwise. */
export function refuse(ctx: ReplyContext, locale: Locale, form: { url: string; idPrefix: string }, issues: FieldIssue[]): void {
  if (!isFormPost(ctx)) throw validationError(issues);
  ctx.status = 400;
  ctx.type = 'html';
  ctx.body = errorPage(locale, form.url, form.idPrefix, issues);
}

/** Accepted: a browser goes to the site's confirmation page (303: GET it), an API client gets the reference. */
export function accept(ctx: ReplyContext, confirmationUrl: string, data: Record<string, unknown>): void {
  if (isFormPost(ctx)) {
    ctx.status = 303;
    // Koa keeps a redirect status set before redirect(): 303 makes the browser GET the page.
    ctx.redirect(confirmationUrl);
    return;
  }
  ctx.status = 201;
  ctx.body = { data };
}

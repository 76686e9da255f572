import type { Language } from '../../../shared/contracts';
import { escapeHtml as e } from '@reseau-epn/platform';
import { STRINGS } from '../digest/strings';

/**
 * The pages a person sees on following the unsubscribe link: a question first (a GET must not
 * unsubscribe: mail scanners open links), then the answer. Plain HTML: no script, no style the
 * CMS's content security policy would block.
 */
function page(language: Language, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title><meta name="robots" content="noindex"></head>
<body><main><h1>${e(STRINGS[language].letterName)}</h1>${body}</main></body>
</html>`;
}

/** The question, with a form posting back to the same address (token included) as RFC 8058 asks. */
export function unsubscribeQuestionPage(language: Language): string {
  const s = STRINGS[language].unsubscribePage;
  return page(
    language,
    s.title,
    `<p>${e(s.question)}</p><form method="post" action=""><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${e(s.button)}</button></form>`,
  );
}

export function unsubscribedPage(language: Language, preferencesUrl: string): string {
  const s = STRINGS[language].unsubscribePage;
  return page(language, s.title, `<p role="status">${e(s.done)}</p><p><a href="${e(preferencesUrl)}">${e(s.changeMind)}</a></p>`);
}

import { escapeHtml as e, plainLine } from '@reseau-epn/platform';
import type { UnsubscribeScope } from './unsubscribe';

/**
 * The pages a member sees on following an unsubscription link: a question first (a GET must
 * not unsubscribe: mail scanners open links), then the answer. Plain HTML, French: no script,
 * no style the CMS's content security policy would block.
 */
function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title><meta name="robots" content="noindex"></head>
<body><main><h1>${e(title)}</h1>${body}</main></body>
</html>`;
}

const TITLE = 'Avis de réponse du forum';

const what = (scope: UnsubscribeScope) =>
  scope.kind === 'topic' ? `les réponses dans le sujet « ${plainLine(scope.topicTitle)} »` : 'les réponses dans tous les sujets du forum';

/** The question, with a form posting back to the same address (token included), as RFC 8058 asks. */
export function unsubscribeQuestionPage(scope: UnsubscribeScope): string {
  return page(
    TITLE,
    `<p>${e(`Ne plus recevoir de message pour ${what(scope)} ?`)}</p><form method="post" action=""><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Confirmer</button></form>`,
  );
}

export function unsubscribedPage(scope: UnsubscribeScope, accountUrl: string): string {
  const done = `C’est fait : vous ne recevrez plus de message pour ${what(scope)}.`;
  return page(TITLE, `<p role="status">${e(done)}</p><p><a href="${e(accountUrl)}">${e('Gérer vos avis dans votre compte du forum')}</a></p>`);
}

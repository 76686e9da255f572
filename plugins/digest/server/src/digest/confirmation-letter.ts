import type { Language } from '../../../shared/contracts';
import { escapeHtml as e } from '@reseau-epn/platform';
import { COLORS, mjmlBanner, mjmlHead } from './layout';
import { compileMjml } from './mjml';
import type { RenderedLetter } from './letter';
import { STRINGS } from './strings';
import { fill, flatten, parseTemplate, slot, type Flat } from './template';

export interface CompiledConfirmation {
  render(confirmUrl: string): RenderedLetter;
}

/** The double opt-in message in one language, compiled once; the link is its only slot. */
export async function compileConfirmation(locale: Language, validityHours: number): Promise<CompiledConfirmation> {
  const strings = STRINGS[locale];
  const c = strings.confirmation;
  const mjml = `<mjml lang="${locale}" dir="ltr">
  ${mjmlHead(e(c.subject), e(c.body(validityHours)))}
  <mj-body background-color="${COLORS.page}" width="600px">
    ${mjmlBanner(e(strings.letterName), e(c.subject))}
    <mj-section background-color="${COLORS.card}" padding="20px 0">
      <mj-column>
        <mj-text><p>${e(c.greeting)}</p><p>${e(c.body(validityHours))}</p></mj-text>
        <mj-button href="${slot('confirmUrl')}" background-color="${COLORS.brand}" color="${COLORS.onBrand}" font-size="16px" padding="12px 24px">${e(c.button)}</mj-button>
        <mj-text font-size="14px" color="${COLORS.muted}"><p>${e(c.ignore)}</p></mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
  const html: Flat = flatten(parseTemplate(await compileMjml(mjml)), () => true);
  const text: Flat = flatten(
    parseTemplate(`${c.greeting}\n\n${c.body(validityHours)}\n\n${slot('confirmUrl')}\n\n${c.ignore}\n\n-- \n${strings.letterName}\n`),
    () => true,
  );
  return {
    render: (confirmUrl) => ({ subject: c.subject, html: fill(html, { confirmUrl }, true), text: fill(text, { confirmUrl }, false) }),
  };
}

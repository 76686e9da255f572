import type { Section } from '../../../shared/contracts';
import { SECTION_ORDER, type DigestContent, type DigestItem } from './content';
import { dateFormats } from './dates';
import { escapeHtml as e } from '@reseau-epn/platform';
import { COLORS, mjmlBanner, mjmlHead } from './layout';
import { sectionBlock } from './selection';
import type { DigestStrings } from './strings';
import { block, blockEnd, blockStart, slot } from './template';

export interface LetterLinks {
  /** The archived issue on the site; null in previews (not archived yet). */
  webUrl: string | null;
  /** The subscription form, shown in the web version instead of personal links. */
  subscribeUrl: string;
}

/** Subscriber-only links: dropped from the web version. */
export const PERSONAL_BLOCK = 'personal';
/** Shown in the web version only. */
export const PUBLIC_BLOCK = 'public';

export function periodLabel(content: DigestContent): { from: string; to: string } {
  const format = dateFormats(content.locale);
  return { from: format.day(new Date(content.periodStart)), to: format.day(new Date(content.periodEnd)) };
}

function itemHtml(item: DigestItem): string {
  const labels = item.labels.length ? `<p class="labels">${item.labels.map(e).join(' · ')}</p>` : '';
  const summary = item.summary ? `<p class="summary">${e(item.summary)}</p>` : '';
  return block(item.key, `<div class="item"><h3><a href="${e(item.url)}">${e(item.title)}</a></h3>${labels}${summary}</div>`);
}

function sectionMjml(section: Section, items: DigestItem[], strings: DigestStrings): string {
  if (items.length === 0) return '';
  // The heading and its items are one block: a subscriber without any of them sees no empty heading.
  // mj-raw keeps the markers outside the text's table row, so removing a block leaves valid HTML.
  return `<mj-raw>${blockStart(sectionBlock(section))}</mj-raw>
        <mj-text><h2>${e(strings.sections[section])}</h2>${items.map(itemHtml).join('')}</mj-text>
        <mj-raw>${blockEnd(sectionBlock(section))}</mj-raw>`;
}

/** The MJML of a week's letter in one language, every item in it, each in its own block. */
export function digestMjml(content: DigestContent, strings: DigestStrings, links: LetterLinks): string {
  const { from, to } = periodLabel(content);
  const sections = SECTION_ORDER.map((section) =>
    sectionMjml(
      section,
      content.items.filter((item) => item.section === section),
      strings,
    ),
  ).join('\n');
  const web = links.webUrl ? `<p><a href="${e(links.webUrl)}">${e(strings.footer.webVersion)}</a></p>` : '';
  const personal = block(
    PERSONAL_BLOCK,
    `<p>${e(strings.footer.why)}</p><p><a href="${slot('preferencesUrl')}">${e(strings.footer.preferences)}</a> · <a href="${slot('unsubscribeUrl')}">${e(strings.footer.unsubscribe)}</a></p>`,
  );
  const publicLinks = block(PUBLIC_BLOCK, `<p><a href="${e(links.subscribeUrl)}">${e(strings.footer.subscribe)}</a></p>`);

  return `<mjml lang="${content.locale}" dir="ltr">
  ${mjmlHead(e(strings.subject(from, to)), e(strings.preheader))}
  <mj-body background-color="${COLORS.page}" width="600px">
    ${mjmlBanner(e(strings.letterName), e(`${from} – ${to}`))}
    <mj-section background-color="${COLORS.card}" padding="20px 0 12px">
      <mj-column>
        <mj-text><p>${e(strings.intro)}</p></mj-text>
        ${sections}
      </mj-column>
    </mj-section>
    <mj-section padding="16px 0 24px">
      <mj-column>
        <mj-text css-class="footer" font-size="14px" color="${COLORS.muted}">${web}${personal}${publicLinks}</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

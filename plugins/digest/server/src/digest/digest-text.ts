import { SECTION_ORDER, type DigestContent, type DigestItem } from './content';
import { PERSONAL_BLOCK, PUBLIC_BLOCK, periodLabel, type LetterLinks } from './digest-mjml';
import { sectionBlock } from './selection';
import { plainLine } from '@reseau-epn/platform';
import type { DigestStrings } from './strings';
import { block, slot } from './template';

const underline = (title: string, char: string) => `${title}\n${char.repeat(Math.min(title.length, 72))}`;

function itemText(item: DigestItem): string {
  const lines = [`* ${plainLine(item.title)}`];
  if (item.labels.length) lines.push(`  ${item.labels.map(plainLine).join(' · ')}`);
  if (item.summary) lines.push(`  ${plainLine(item.summary)}`);
  lines.push(`  ${plainLine(item.url)}`, '');
  return block(item.key, `${lines.join('\n')}\n`);
}

/** The plain-text alternative, with the same blocks and slots as the HTML. */
export function digestText(content: DigestContent, strings: DigestStrings, links: LetterLinks): string {
  const { from, to } = periodLabel(content);
  const sections = SECTION_ORDER.map((section) => {
    const items = content.items.filter((item) => item.section === section);
    if (items.length === 0) return '';
    return block(sectionBlock(section), `${underline(strings.sections[section], '-')}\n\n${items.map(itemText).join('')}`);
  }).join('');
  const web = links.webUrl ? `${strings.footer.webVersion}\n${links.webUrl}\n\n` : '';
  const personal = block(
    PERSONAL_BLOCK,
    `${strings.footer.why}\n\n${strings.footer.preferences}\n${slot('preferencesUrl')}\n\n${strings.footer.unsubscribe}\n${slot('unsubscribeUrl')}\n`,
  );
  const publicLinks = block(PUBLIC_BLOCK, `${strings.footer.subscribe}\n${links.subscribeUrl}\n`);
  return `${underline(strings.letterName, '=')}\n${from} – ${to}\n\n${strings.intro}\n\n${sections}-- \n${web}${personal}${publicLinks}`;
}

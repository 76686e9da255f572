import type { DigestContent, DigestItem } from './content';
import { PERSONAL_BLOCK, digestMjml, periodLabel, type LetterLinks } from './digest-mjml';
import { digestText } from './digest-text';
import { compileMjml } from './mjml';
import { blockKeys } from './selection';
import { STRINGS } from './strings';
import { fill, flatten, parseTemplate, type Flat, type Piece, type SlotValues } from './template';

export interface RenderedLetter {
  subject: string;
  html: string;
  text: string;
}

export interface CompiledLetter {
  content: DigestContent;
  subject: string;
  /** A subscriber's message: their items, their signed links. */
  render(items: readonly DigestItem[], slots: SlotValues): RenderedLetter;
  /** Every item, no personal links: the web version and the admin's preview. */
  full(): RenderedLetter;
}

/** Distinct selections kept flattened; beyond that, flattening again is cheap anyway. */
const MEMO_LIMIT = 256;

/**
 * Compiles a week's letter in one language once (MJML → HTML, cut into blocks and slots) and
 * renders each subscriber's message from it by joining strings.
 */
export async function compileLetter(content: DigestContent, links: LetterLinks): Promise<CompiledLetter> {
  const strings = STRINGS[content.locale];
  const { from, to } = periodLabel(content);
  const subject = strings.subject(from, to);
  const html: Piece[] = parseTemplate(await compileMjml(digestMjml(content, strings, links)));
  const text: Piece[] = parseTemplate(digestText(content, strings, links));
  const memo = new Map<string, { html: Flat; text: Flat }>();

  const flat = (items: readonly DigestItem[]) => {
    const memoKey = items.map((item) => item.key).join(',');
    let found = memo.get(memoKey);
    if (!found) {
      const keys = blockKeys(items);
      keys.add(PERSONAL_BLOCK);
      const keep = (key: string) => keys.has(key);
      found = { html: flatten(html, keep), text: flatten(text, keep) };
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(memoKey, found);
    }
    return found;
  };

  return {
    content,
    subject,
    render(items, slots) {
      const parts = flat(items);
      return { subject, html: fill(parts.html, slots, true), text: fill(parts.text, slots, false) };
    },
    full() {
      const keep = (key: string) => key !== PERSONAL_BLOCK;
      return { subject, html: fill(flatten(html, keep), {}, true), text: fill(flatten(text, keep), {}, false) };
    },
  };
}

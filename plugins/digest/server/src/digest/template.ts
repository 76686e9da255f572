import { randomBytes } from 'node:crypto';
import { escapeHtml } from '@reseau-epn/platform';

/**
 * A compiled letter (HTML from MJML, or plain text) cut into pieces once: static strings,
 * removable blocks (an item, a section heading) and personal slots (signed links). A message is
 * then a join of strings: no MJML, no HTML parsing per subscriber.
 */
export const SLOTS = ['preferencesUrl', 'unsubscribeUrl', 'confirmUrl'] as const;
export type Slot = (typeof SLOTS)[number];

export type Piece = string | { slot: Slot } | { block: string; pieces: Piece[] };
/** A template with its blocks chosen: only strings and slots remain. */
export type Flat = (string | { slot: Slot })[];

/**
 * Markers carry a random key drawn when the process starts: what people wrote (a published
 * title, a summary) goes into the same template as text and cannot guess it, so it can never
 * open, close or fill a block or a slot. Templates live in memory only, so the key need not last.
 */
const KEY = randomBytes(6).toString('hex');

/** Markers the templates write; MJML keeps comments and leaves `%%…%%` alone. */
export const slot = (name: Slot) => `%%${KEY}:${name}%%`;
export const blockStart = (key: string) => `<!--dg:${KEY}:b:${key}-->`;
export const blockEnd = (key: string) => `<!--dg:${KEY}:e:${key}-->`;
export const block = (key: string, content: string) => `${blockStart(key)}${content}${blockEnd(key)}`;

const MARKER = new RegExp(`<!--dg:${KEY}:(b|e):([A-Za-z0-9:_-]+)-->|%%${KEY}:([A-Za-z]+)%%`, 'g');

export function parseTemplate(source: string): Piece[] {
  const root: Piece[] = [];
  const stack: { key: string; pieces: Piece[] }[] = [];
  const current = () => (stack.length ? stack[stack.length - 1].pieces : root);
  let last = 0;
  for (const match of source.matchAll(MARKER)) {
    if (match.index > last) current().push(source.slice(last, match.index));
    last = match.index + match[0].length;
    const [, kind, key, slotName] = match;
    if (slotName) {
      if (!(SLOTS as readonly string[]).includes(slotName)) throw new Error(`template: unknown slot ${slotName}`);
      current().push({ slot: slotName as Slot });
    } else if (kind === 'b') {
      stack.push({ key, pieces: [] });
    } else {
      const open = stack.pop();
      if (!open || open.key !== key) throw new Error(`template: block ${key} closed without being opened`);
      current().push({ block: key, pieces: open.pieces });
    }
  }
  if (stack.length) throw new Error(`template: block ${stack[stack.length - 1].key} is never closed`);
  if (last < source.length) current().push(source.slice(last));
  return root;
}

/** Keeps the blocks `keep` accepts and merges adjacent strings. */
export function flatten(pieces: readonly Piece[], keep: (key: string) => boolean): Flat {
  const out: Flat = [];
  const push = (piece: string | { slot: Slot }) => {
    if (typeof piece === 'string' && typeof out[out.length - 1] === 'string') out[out.length - 1] += piece;
    else out.push(piece);
  };
  const walk = (list: readonly Piece[]) => {
    for (const piece of list) {
      if (typeof piece === 'string' || 'slot' in piece) push(piece);
      else if (keep(piece.block)) walk(piece.pieces);
    }
  };
  walk(pieces);
  return out;
}

export type SlotValues = Partial<Record<Slot, string>>;

/** The message: slot values escaped for HTML (`html: true`) or as they are for the text part. */
export function fill(flat: Flat, values: SlotValues, html: boolean): string {
  let out = '';
  for (const piece of flat) {
    if (typeof piece === 'string') out += piece;
    else {
      const value = values[piece.slot] ?? '';
      out += html ? escapeHtml(value) : value;
    }
  }
  return out;
}

/** Characters of unchanged text kept on each side of a change. */
export const CONTEXT_CHARS = 160;

export type Segment = { kind: 'text'; value: string } | { kind: 'gap' };

/** `text` cut to about `length` characters at a word boundary, from its start or from its end. */
function cut(text: string, length: number, from: 'start' | 'end'): string {
  if (from === 'start') {
    const head = text.slice(0, length);
    const space = head.search(/\s\S*$/);
    return space > length / 2 ? head.slice(0, space + 1) : head;
  }
  const tail = text.slice(-length);
  const space = tail.search(/\s/);
  return space >= 0 && space < length / 2 ? tail.slice(space) : tail;
}

/**
 * An unchanged run of text as a diff shows it: only the context next to the changes around
 * it, the middle replaced by a gap. The first run has no change before it, the last none after.
 */
export function unchangedContext(value: string, position: { first: boolean; last: boolean }, context = CONTEXT_CHARS): Segment[] {
  // A text without changes (no diff part around it) is shown whole.
  if (position.first && position.last) return [{ kind: 'text', value }];
  const kept = (position.first ? 0 : context) + (position.last ? 0 : context);
  // Not worth a gap: less would be hidden than a line or so.
  if (value.length <= kept + 80) return [{ kind: 'text', value }];
  const segments: Segment[] = [];
  if (!position.first) segments.push({ kind: 'text', value: cut(value, context, 'start') });
  segments.push({ kind: 'gap' });
  if (!position.last) segments.push({ kind: 'text', value: cut(value, context, 'end') });
  return segments;
}

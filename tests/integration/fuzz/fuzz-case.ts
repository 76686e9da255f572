import fc from 'fast-check';

/**
 * What the caller sent, as far as the refusal may be judged by it: a malformed JSON body is
 * refused with the body parser's own message, which names no field.
 */
export type CaseKind = 'body' | 'malformed-json' | 'query' | 'headers';

/** One request the fuzzer sends, printable when fast-check reports it as a counterexample. */
export class FuzzCase {
  constructor(
    readonly kind: CaseKind,
    readonly caller: string,
    readonly method: string,
    /** The path with its parameters filled in and encoded. */
    readonly path: string,
    /** The raw query string, without `?`. */
    readonly query: string,
    readonly headers: Record<string, string>,
    readonly body?: string,
  ) {}

  get url(): string {
    return this.query ? `${this.path}?${this.query}` : this.path;
  }

  /** fast-check prints this instead of the whole case: a 1 MB body would bury the report. */
  [fc.toStringMethod](): string {
    const headers = Object.entries(this.headers).map(([name, value]) => `${name}: ${abbreviate(value, 160)}`);
    const body = this.body === undefined ? '' : ` body(${this.body.length} chars)=${abbreviate(this.body, 400)}`;
    return `[${this.kind} as ${this.caller}] ${this.method} ${abbreviate(this.url, 600)} {${headers.join('; ')}}${body}`;
  }
}

export function abbreviate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…(+${text.length - max})`;
}

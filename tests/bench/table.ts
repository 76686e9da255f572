/**
 * The rows every benchmark gives `npm run bench` (tests/bench/run.ts), which prints them as one
 * table with the targets. A benchmark prints figures and never fails on them: `met` is what the
 * table shows next to a target, not an assertion.
 */
export interface BenchRow {
  /** The part measured: `search`, `site build`, `digest`, `api`… */
  area: string;
  /** What is measured, in words. */
  measure: string;
  /** The figure as printed, with its unit (`412 msg/s`, `38.2 s (12,418 pages)`). */
  value: string;
  /** The target as printed (`≥ 500 msg/s`), or '' for a figure given for context. */
  target: string;
  /** Whether the target is met; undefined when there is no target. */
  met?: boolean;
  /** Where the gap or the figure is explained, when it needs a word. */
  note?: string;
}

export const median = (list: number[]) => quantile(list, 0.5);

export function quantile(list: number[], q: number): number {
  const sorted = list.filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : Number.NaN;
}

export const ms = (n: number) => (Number.isNaN(n) ? '–' : n < 10 ? `${n.toFixed(1)} ms` : `${Math.round(n)} ms`);
export const mb = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${Math.round(bytes / 1e3)} KB`);

/** A Markdown table, columns padded to their widest cell. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${head.map((_, i) => (cells[i] ?? '').padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** The rows as the summary table `npm run bench` ends with. */
export function benchTable(rows: BenchRow[]): string {
  return table(
    ['area', 'measure', 'value', 'target', ''],
    rows.map((r) => [r.area, r.measure, r.value, r.target, r.met === undefined ? '' : r.met ? 'ok' : 'OVER']),
  );
}

/**
 * The quality figures as printed: rows for `npm run bench`'s summary table (BenchRow) and the
 * per-kind breakdown each engine gets side by side.
 */
import { table, type BenchRow } from '../table';
import { misses, qualityByKind, type Answer, type Quality } from './quality';
import { QUERY_KINDS } from './queries';

/** One engine's ranked answers to the evaluation set. */
export interface EngineAnswers {
  engine: string;
  /** Its options or version, printed under the tables. */
  note?: string;
  /** The site's own search: the issue's targets apply to it. */
  site?: boolean;
  answers: Answer[];
}

export const QUALITY_TARGETS = { top1: 0.85, mrr: 0.9 };

const share = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(2));
const percent = (n: number) => (Number.isNaN(n) ? '–' : `${Math.round(n * 100)} %`);

/** Overall top-1, top-3, MRR and empty answers per engine, with the targets on the site's search. */
export function searchQualityRows(engines: readonly EngineAnswers[], vocabulary: ReadonlySet<string>): BenchRow[] {
  return engines.flatMap(({ engine, site, answers }) => {
    const all = qualityByKind(answers, vocabulary, []).get('all')!;
    const of = `${engine}, ${all.count} queries`;
    const target = (text: string, met: boolean) => (site ? { target: text, met } : { target: '' });
    return [
      { area: 'search quality', measure: `top-1 (${of})`, value: share(all.top1), ...target(`≥ ${QUALITY_TARGETS.top1}`, all.top1 >= QUALITY_TARGETS.top1) },
      { area: 'search quality', measure: `top-3 (${of})`, value: share(all.top3), target: '' },
      { area: 'search quality', measure: `MRR over 10 (${of})`, value: share(all.mrr), ...target(`≥ ${QUALITY_TARGETS.mrr}`, all.mrr >= QUALITY_TARGETS.mrr) },
      {
        area: 'search quality',
        measure: `empty answers (${of})`,
        value: `${percent(all.empty)}, ${all.emptyWithIndexedWord.length} with an indexed word`,
        ...target('none with an indexed word', all.emptyWithIndexedWord.length === 0),
        ...(all.emptyWithIndexedWord.length && site
          ? {
              note: all.emptyWithIndexedWord
                .slice(0, 5)
                .map((q) => `« ${q} »`)
                .join(', '),
            }
          : {}),
      },
    ];
  });
}

/** Per kind, each engine's figures on adjacent rows. */
export function qualityTable(engines: readonly EngineAnswers[], vocabulary: ReadonlySet<string>): string {
  const byEngine = engines.map(({ engine, answers }) => [engine, qualityByKind(answers, vocabulary, QUERY_KINDS)] as const);
  const rows: string[][] = [];
  for (const kind of [...QUERY_KINDS, 'all'] as const)
    for (const [engine, byKind] of byEngine) {
      const q: Quality | undefined = byKind.get(kind);
      if (q) rows.push([kind, engine, String(q.count), share(q.top1), share(q.top3), share(q.mrr), percent(q.empty), String(q.emptyWithIndexedWord.length)]);
    }
  return table(['kind', 'engine', 'queries', 'top-1', 'top-3', 'MRR', 'empty', 'empty, word indexed'], rows);
}

/** The queries an engine did not answer right first, one line each. */
export function missList({ engine, answers }: EngineAnswers): string {
  const list = misses(answers);
  return [
    `${engine}: ${list.length} of ${answers.length} not first`,
    ...list.map((m) => `  [${m.kind}] « ${m.query} » → ${m.rank ? `rank ${m.rank}` : 'absent'}; first: ${m.got ?? 'nothing'}`),
  ].join('\n');
}

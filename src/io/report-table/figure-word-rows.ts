import type { ImportedKpi } from '../imported-report.ts';
import { classifyHeader } from './column-role.ts';

/** The kinds of figure a line label may name: the plan's target, the result, the start. */
const KINDS: ReadonlySet<string> = new Set(['target', 'actual', 'baseline']);

const DIGIT = /\d/;

/** A label that is a word of a kind of figure and nothing more: 目標, 実績, 目標値, 実績値, 計画. */
function figureWord(title: string): boolean {
  // The cheap test first, as this runs on every KPI's title: an ASCII digit stays one in NFKC.
  if (DIGIT.test(title)) return false;
  const word = title.normalize('NFKC').replace(/\s+/g, '');
  if (word === '' || word.length > 5 || /\d/.test(word)) return false;
  return KINDS.has(classifyHeader(word).role.kind);
}

/**
 * Why what was read as KPIs are lines of records, not KPIs: more than half of them (two or more)
 * are named by a kind of figure (荒尾市 行政改革大綱の検証: under each goal's heading a line
 * 「目標 | 3年間で56億2,000万円」 and a line 「実績 | …(目標達成)」; 調布市: 目標値 / 実績 lines under
 * each goal). A KPI is not called 「目標」, so the table is refused, saying so, rather than read as
 * such KPIs; null when it is not that (a table of series with a few such lines: 立山町's 目標数
 * beside 職員数 and their 増減数, 増減率 lines).
 */
export function figureWordRowsReason(kpis: readonly ImportedKpi[]): string | null {
  // Most tables name their KPIs otherwise: the count is a loop over titles, once a table.
  const named = kpis.filter((k) => figureWord(k.kpi.title));
  if (named.length < 2 || named.length * 2 <= kpis.length) return null;
  const words = [...new Set(named.map((k) => `"${k.kpi.title.trim()}"`))].slice(0, 3).join(', ');
  const first = named[0];
  return (
    `not a table of one KPI a row: ${named.length} of its ${kpis.length} rows read as KPIs are ` +
    `named by a kind of figure (${words}, from row ${first?.row ?? 0}), lines of a goal's ` +
    'figures under its heading; set the columns by hand, or give one KPI a row with its figures in columns'
  );
}

import { parsePrintedRate } from '../../domain/rate-format.ts';
import type { GridRow } from '../grid.ts';
import { figureNumber } from './column-contents.ts';
import { isNoRateMark, isPercentRate } from './rate-cell.ts';
import type { NamedLines } from './rate-named-lines.ts';
import { isShortName } from './rate-named-lines.ts';

/** Three lines to a KPI: the plan, its result, their rate (in the order the rates tell). */
const SIZE = 3;

/** Whether a line's cells right of the names are all rates (or marks where a year has none). */
function ratesOnly(row: GridRow, column: number): boolean {
  let rates = 0;
  for (const c of row.cells.slice(column + 1)) {
    if (c.trim() === '' || isNoRateMark(c)) continue;
    if (!isPercentRate(c)) return false;
    rates += 1;
  }
  return rates > 0;
}

/**
 * How many of a KPI's rates divide the result line's figure of their column by a figure of the
 * plan line (its own column's, or the one figure it prints: a final target under the last year),
 * less those read the other way round. The line divided by is the plan.
 */
function planVotes(rate: GridRow, plan: GridRow, result: GridRow, column: number): number {
  const planFigures = plan.cells
    .slice(column + 1)
    .map((c) => figureNumber(c))
    .filter((v) => !Number.isNaN(v));
  let votes = 0;
  for (let i = column + 1; i < rate.cells.length; i += 1) {
    const cell = rate.cells[i] ?? '';
    if (!isPercentRate(cell)) continue;
    const printed = parsePrintedRate(cell.normalize('NFKC'));
    if (printed === undefined) continue;
    const percent = Number.parseFloat(printed.text);
    const near = (v: number) => Math.abs(v * 100 - percent) < 10 ** -printed.decimals;
    const x = figureNumber(result.cells[i]);
    const own = figureNumber(plan.cells[i]);
    const plans = Number.isNaN(own) ? (planFigures.length === 1 ? planFigures : []) : [own];
    if (Number.isNaN(x)) continue;
    if (plans.some((p) => near(x / p) || near(p / x))) votes += 1;
  }
  return votes;
}

/**
 * Each KPI over three lines named in a column of their own (見通し / 到達 / 達成率, 見積り / 到達 /
 * 達成率, …), two of the names repeating alike for every KPI and the third changing from KPI to
 * KPI (a sheet per KPI, its plan named as each sheet names it), by words no rule knows: the line
 * of rates is the rate line, and of the other two the plan is the one the rates divide by, the
 * result's figure of each year over the plan's of that year or over its one figure (a final
 * target under the last year: 31,862 ÷ 32,000 = 99.6%), so that the lines are read as 計画 /
 * 実績 / 達成率, the names kept as printed. Two KPIs at least; null unless every KPI's rates
 * tell one way and none the other.
 */
export function rateCycleLines(body: readonly GridRow[]): NamedLines | null {
  // The cheap test first: three lines to a KPI, two KPIs at least.
  if (body.length < 2 * SIZE) return null;
  const width = Math.max(0, ...body.slice(0, SIZE).map((r) => r.cells.length));
  for (let column = 1; column < width; column += 1) {
    if (!isShortName(body[0]?.cells[column] ?? '')) continue;
    const words: string[] = [];
    for (const r of body) {
      const cell = (r.cells[column] ?? '').trim();
      if (!isShortName(cell)) break;
      words.push(cell);
    }
    if (words.length < 2 * SIZE || words.length % SIZE !== 0) continue;
    if (body.slice(words.length).some((r) => (r.cells[column] ?? '').trim() !== '')) continue;
    const alike = [0, 1, 2].filter((p) => words.every((w, i) => i % SIZE !== p || w === words[p]));
    if (alike.length !== SIZE - 1) continue;
    const lines = readCycle(body.slice(0, words.length), column);
    if (lines === null) continue;
    const printed = [0, 1, 2].map((p) =>
      [...new Set(words.filter((_, i) => i % SIZE === p))].join('・'),
    );
    return { column, lines, kpiRows: words.length, printed };
  }
  return null;
}

function readCycle(rows: readonly GridRow[], column: number): string[] | null {
  const named = (r: GridRow | undefined) =>
    (r?.cells ?? []).slice(0, column).some((c) => c.trim() !== '');
  let rateAt = -1;
  let planFirst = 0;
  for (let g = 0; g < rows.length; g += SIZE) {
    const group = rows.slice(g, g + SIZE);
    if (!named(group[0]) || group.slice(1).some(named)) return null;
    const rates = group.flatMap((r, i) => (ratesOnly(r, column) ? [i] : []));
    // A KPI printing no rate yet (its rate line empty) says nothing; two lines of rates, no cycle.
    if (rates.length > 1) return null;
    const [rate] = rates;
    if (rate === undefined) continue;
    if (rateAt >= 0 && rate !== rateAt) return null;
    rateAt = rate;
    const [a, b] = group.filter((_, i) => i !== rate);
    const line = group[rate];
    if (!a || !b || !line) return null;
    const [aPlan, bPlan] = [planVotes(line, a, b, column), planVotes(line, b, a, column)];
    if (aPlan > 0 && bPlan === 0) planFirst += 1;
    else if (bPlan > 0 && aPlan === 0) planFirst -= 1;
    else return null;
  }
  if (rateAt < 0 || planFirst === 0) return null;
  const lines = planFirst > 0 ? ['計画', '実績'] : ['実績', '計画'];
  lines.splice(rateAt, 0, '達成率');
  return lines;
}

import type { ColumnRoleName } from '../../domain/column-role-name.ts';
import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { isTableRow } from './table-block.ts';

/** A figure with its unit written out, up to the particle after it: 「220,000立方メートル」. */
const FIGURE = String.raw`\d[\d,.]*(?:億(?:[\d,.]+万)?|万)?[^\d\s、,。に()（）]*`;

/**
 * One kind of work's plan, result and rate inside a sentence, as a 地域森林計画 reports its
 * previous plan (群馬県 西毛: 「主伐は計画220,000立方メートルに対して実行203,000立方メートル(実行歩合
 * 92パーセント)」, 「間伐面積については、計画10,200ヘクタールに対して実行5,180ヘクタール(…)」): what
 * is measured before は, the plan (計画, 目標) and the result (実行, 実績) with their units, the rate
 * in brackets after its word (実行歩合, 達成率, 実行率, 進捗率), in % or パーセント.
 */
const CLAUSE = new RegExp(
  String.raw`(?<name>[^、,。()（）]+?)(?:について)?は[、,]?\s*(?:計画|目標)(?:量|値|額)?\s*(?<target>${FIGURE})に対(?:し|して)[、,]?\s*(?:実行|実績)(?:量|値|額)?\s*(?<actual>${FIGURE})\s*[(（]\s*(?:実行歩合|達成率|実行率|進捗率)\s*(?<rate>\d+(?:\.\d+)?\s*(?:%|パーセント))\s*[)）]`,
  'g',
);

/** A sentence's clauses, each a KPI's name, target, actual and rate as printed. */
export function planResultClauses(
  text: string,
): { name: string; target: string; actual: string; rate: string }[] {
  const out: { name: string; target: string; actual: string; rate: string }[] = [];
  for (const match of text.normalize('NFKC').matchAll(CLAUSE)) {
    const g = match.groups;
    if (g?.name && g.target && g.actual && g.rate)
      out.push({ name: g.name.trim(), target: g.target, actual: g.actual, rate: g.rate });
  }
  return out;
}

/** The columns each clause is read as; the sentence kept whole as its first KPI's narrative. */
const ROLES: readonly ColumnRoleName[] = ['kpi', 'target', 'actual', 'rate', 'narrative'];

/**
 * Lines of one cell, no grid, whose sentences each give one or more kinds of work with their
 * plan, result and rate ({@link CLAUSE}): a KPI per clause, under a header whose roles the
 * rewrite gives (none is printed); the lines with no clause (the heading, a lead sentence, a
 * line cut short) kept as title lines. Null for any table with a row of two cells or more, or
 * with no such clause.
 */
export function readPlanResultSentences(rows: readonly GridRow[]): TurnedTable | null {
  // A grid is no such page; nor is a page with no 「…に対し」 (most are not: checked once).
  if (rows.some(isTableRow)) return null;
  const cellOf = (r: GridRow) => r.cells.findIndex((c) => c.trim() !== '');
  const read = rows.map((r) => {
    const at = cellOf(r);
    const text = at < 0 ? '' : (r.cells[at] ?? '');
    return { row: r, at, clauses: text.includes('対') ? planResultClauses(text) : [] };
  });
  const lines = read.filter((l) => l.clauses.length > 0);
  const [first] = lines;
  if (!first) return null;
  const origins = new Origins();
  const out = origins.keepAll(read.filter((l) => l.clauses.length === 0).map((l) => l.row));
  const header = out.length + 1;
  ROLES.forEach((_, i) => origins.set(header, i + 1, { row: first.row.row, column: first.at + 1 }));
  out.push({ row: header, cells: ROLES.map(() => '') });
  for (const line of lines) {
    line.clauses.forEach((clause, k) => {
      const row = out.length + 1;
      ROLES.forEach((_, i) => origins.set(row, i + 1, { row: line.row.row, column: line.at + 1 }));
      const sentence = k === 0 ? (line.row.cells[line.at] ?? '') : '';
      out.push({ row, cells: [clause.name, clause.target, clause.actual, clause.rate, sentence] });
    });
  }
  return {
    rows: out,
    origin: origins.origin,
    headerRow: null,
    readAs: () => 'read from the sentence',
    given: (row, column) => {
      const role = row === header ? ROLES[column - 1] : undefined;
      return role === undefined ? null : { role, because: 'rewritten from sentences' };
    },
  };
}

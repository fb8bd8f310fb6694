import type { ColumnRoleName } from '../../domain/column-role-name.ts';
import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { headerYear } from './column-role.ts';
import { isTableRow } from './table-block.ts';

/** The line that announces a goal's grade: 達成状況 (or 達成度, 評価). */
const GRADE_LEAD = /^(達成状況|達成度|評価)$/;
/** A grade written as a word: 達成, 未達成, 概ね達成, 一部達成. */
const GRADE_WORD = /^(達成|未達成|概ね達成|おおむね達成|一部達成)$/;
/** Where a goal started and where it stands, each with its year in brackets: 「601グラム毎人・日(平成26年度)→611グラム毎人・日(令和元年)」. */
const ARROW = /^(.*\d.*?[(（]([^()（）]+)[)）])\s*[→⇒]\s*(.*\d.*?[(（]([^()（）]+)[)）])$/;

const REWRITTEN = 'rewritten from lines of goals and their 達成状況';

/**
 * The columns of a goal's row: its name, its sentence (kept as printed, as the KPI's text: the
 * goal is relative to the base year, 「5%以上削減」, no figure to reach), its grade under the
 * printed 達成状況 (its words decide), the figure it started from and the one it reached.
 */
const ROLES: readonly (ColumnRoleName | null)[] = ['kpi', 'narrative', null, 'baseline', 'actual'];

interface Record {
  readonly name: GridRow;
  readonly goal: GridRow;
  readonly lead: GridRow;
  readonly grade: GridRow;
  readonly arrow: GridRow;
  readonly from: string;
  readonly to: string;
}

const text = (row: GridRow | undefined) => (row?.cells[0] ?? '').trim();

/** The records of lines 名前 / 目標の文 / 達成状況 / 達成 / 基準→現在, in order; empty when none. */
function recordsOf(lines: readonly GridRow[]): Record[] {
  const records: Record[] = [];
  for (let i = 2; i + 2 < lines.length; i += 1) {
    if (!GRADE_LEAD.test(text(lines[i])) || !GRADE_WORD.test(text(lines[i + 1]))) continue;
    const arrow = ARROW.exec(text(lines[i + 2]).normalize('NFKC'));
    if (!arrow) continue;
    const [name, goal, lead, grade, line] = [
      lines[i - 2],
      lines[i - 1],
      lines[i],
      lines[i + 1],
      lines[i + 2],
    ];
    if (!name || !goal || !lead || !grade || !line) continue;
    records.push({
      name,
      goal,
      lead,
      grade,
      arrow: line,
      from: arrow[2] ?? '',
      to: arrow[4] ?? '',
    });
  }
  return records;
}

/**
 * Goals printed as lines, one cell each (a ごみ処理基本計画's 前回の計画目標の達成状況: 「家庭系ごみ」,
 * the goal's sentence 「…平成26年度より5%以上削減する。」, 「達成状況」, 「未達成」, then
 * 「601グラム毎人・日(平成26年度)→611グラム毎人・日(令和元年)」): each goal made a row, named by its
 * first line, the sentence kept as printed, the word after 達成状況 its grade, the figure before
 * the arrow its baseline and the one after it its actual, of the years their brackets name (the
 * header of each column made of the first goal's year). Null unless two goals or more, every
 * line one cell, their years alike.
 */
export function readGoalRecords(rows: readonly GridRow[]): TurnedTable | null {
  if (rows.length < 10 || rows.some(isTableRow)) return null;
  const records = recordsOf(rows);
  const [first] = records;
  if (!first || records.length < 2) return null;
  const [fromYear, toYear] = [headerYear(first.from), headerYear(first.to)];
  if (fromYear === null || toYear === null) return null;
  const alike = records.every(
    (r) => headerYear(r.from) === fromYear && headerYear(r.to) === toYear,
  );
  if (!alike) return null;
  const used = new Set(records.flatMap((r) => [r.name, r.goal, r.lead, r.grade, r.arrow]));
  // The lines that are no goal's (the title, 「1 発生抑制の目標」) kept above the goals' rows.
  const origins = new Origins();
  const out = origins.keepAll(rows.filter((r) => !used.has(r)));
  const headerRow = out.length + 1;
  // 達成状況, printed over each goal's grade, is the grade column's header, printed again.
  out.push({ row: headerRow, cells: ['', '', text(first.lead), first.from, first.to] });
  const place = (line: GridRow) => ({ row: line.row, column: 1 });
  [first.name, first.goal, first.lead, first.arrow, first.arrow].forEach((line, c) =>
    origins.set(headerRow, c + 1, place(line)),
  );
  for (const record of records) {
    const at = out.length + 1;
    const arrow = ARROW.exec(text(record.arrow).normalize('NFKC'));
    [record.name, record.goal, record.grade, record.arrow, record.arrow].forEach((line, c) =>
      origins.set(at, c + 1, place(line)),
    );
    out.push({
      row: at,
      cells: [
        text(record.name),
        text(record.goal),
        text(record.grade),
        (arrow?.[1] ?? '').trim(),
        (arrow?.[3] ?? '').trim(),
      ],
    });
  }
  const leads = records.slice(1).map((r) => place(r.lead));
  return {
    rows: out,
    origin: origins.origin,
    headerRow: null,
    readAs: () => null,
    // The years over the figures are the first goal's, read out of its line: made, not printed.
    made: (row, column) => row === headerRow && column >= 4,
    copies: (row, column) => (row === headerRow && column === 3 ? leads : []),
    given: (row, column) => {
      const role = row === headerRow ? ROLES[column - 1] : undefined;
      return role ? { role, because: REWRITTEN } : null;
    },
  };
}

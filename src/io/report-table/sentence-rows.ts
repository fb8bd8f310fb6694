import type { ColumnRoleName } from '../../domain/column-role-name.ts';
import { parsePrintedRate } from '../../domain/rate-format.ts';
import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { isTableRow } from './table-block.ts';

/** A figure inside a sentence: "20項目", "5億4,900万円". */
const FIGURE = String.raw`\d[\d,.]*(?:億(?:[\d,.]+万)?|万)?[^\d\s、,。をの中にで]*`;
/** How sentences state a target and an actual: "20項目中、16項目を達成", "目標額X円に対し、Y円の効果額". */
const SENTENCES = [
  new RegExp(`(?<target>${FIGURE})中[、,]\\s*(?<actual>${FIGURE})`),
  new RegExp(`目標[^\\d]*(?<target>${FIGURE})に対し(?:て)?[、,]\\s*(?<actual>${FIGURE})`),
];

/** A sentence's target and actual, as printed, or null when it states no pair. */
export function sentenceFigures(text: string): { target: string; actual: string } | null {
  for (const sentence of SENTENCES) {
    const groups = sentence.exec(text.normalize('NFKC'))?.groups;
    if (groups?.target && groups.actual) return { target: groups.target, actual: groups.actual };
  }
  return null;
}

/** The columns a line of sentences is read as: its label, the sentence twice, its rate, the sentence kept. */
const ROLES: readonly ColumnRoleName[] = ['kpi', 'target', 'actual', 'rate', 'narrative'];

/** A summary line: a label, a sentence with a target and an actual, a rate in brackets. */
function summaryLine(row: GridRow): { label: number; sentence: number; rate: number } | null {
  const filled = row.cells.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
  const [label, sentence, rate] = filled;
  if (filled.length !== 3 || label === undefined || sentence === undefined || rate === undefined)
    return null;
  if (!parsePrintedRate(row.cells[rate] ?? '')) return null;
  return sentenceFigures(row.cells[sentence] ?? '') ? { label, sentence, rate } : null;
}

/**
 * A table with no header whose rows are sentences (寒川町 総括: "取り組み項目数における達成度 |
 * 20項目中、16項目を達成 | (達成率80%)"): read as columns of the KPI, its target, its actual,
 * its rate and its narrative, the sentence giving the target and the actual and kept whole as
 * the year's narrative. The columns' roles are given under an empty header (none is printed),
 * whose places stand for the first line's cells. Null for any other table.
 */
export function readSentenceRows(rows: readonly GridRow[]): TurnedTable | null {
  const lines = rows.filter(isTableRow);
  if (lines.length === 0) return null;
  // Stops at the first line that is not one: most tables are not sentences.
  const read: { label: number; sentence: number; rate: number }[] = [];
  for (const line of lines) {
    const places = summaryLine(line);
    if (places === null) return null;
    read.push(places);
  }
  const origins = new Origins();
  const out = origins.keepAll(rows.filter((r) => !isTableRow(r)));
  const header = out.length + 1;
  const [first] = lines;
  const [places] = read;
  if (!first || !places) return null;
  const at = (row: number, source: GridRow, cells: readonly number[]) =>
    cells.forEach((c, i) => origins.set(row, i + 1, { row: source.row, column: c + 1 }));
  at(header, first, [places.label, places.sentence, places.sentence, places.rate, places.sentence]);
  out.push({ row: header, cells: ROLES.map(() => '') });
  lines.forEach((line, i) => {
    const p = read[i];
    const figures = sentenceFigures(line.cells[p?.sentence ?? 0] ?? '');
    if (!p || !figures) return;
    at(header + i + 1, line, [p.label, p.sentence, p.sentence, p.rate, p.sentence]);
    const cell = (c: number) => line.cells[c] ?? '';
    out.push({
      row: header + i + 1,
      cells: [cell(p.label), figures.target, figures.actual, cell(p.rate), cell(p.sentence)],
    });
  });
  return {
    rows: out,
    origin: origins.origin,
    headerRow: null,
    readAs: (column) => ([2, 3, 5].includes(column) ? 'read from the sentence' : null),
    given: (row, column) => {
      const role = row === header ? ROLES[column - 1] : undefined;
      return role === undefined ? null : { role, because: 'rewritten from sentences' };
    },
  };
}

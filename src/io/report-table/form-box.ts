import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';
import type { CellOrigin, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { classifyHeader } from './column-role.ts';

/** The indexes of a row's filled cells. */
function filledAt(row: GridRow): number[] {
  const at: number[] = [];
  row.cells.forEach((c, i) => {
    if (c.trim() !== '') at.push(i);
  });
  return at;
}

const sameAt = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** A cell of words with no figure in them: a label of the box (都道府県名, 事業実施年度). */
const isWords = (cell: string) => !/[0-9０-９]/.test(cell);

/**
 * A value of the box: words, or a year alone (平成25年度); never a KPI's figure, nor a cell
 * with figures among its words (「目標設定時(H25): 446億円 ⇒ …」).
 */
const isBoxValue = (cell: string) => isWords(cell) || parseFiscalYear(cell.trim()) !== undefined;

/**
 * How many rows from `start` are the box of a form: pairs of a line of labels over a line of
 * their values in the same cells (経営体育成支援事業 目標達成状況報告書 「都道府県名 | 市町村名 |
 * 地区名」 over 「山形県 | 酒田市 | 酒田南部地区」, 「事業実施年度 | 目標年度 | 事業実施主体」 over
 * 「平成25年度 | 平成27年度 | 酒田市」), two cells or more each, the labels words, the values
 * words or years; 0 unless they are.
 */
function boxLength(rows: readonly GridRow[], start: number): number {
  let end = start;
  for (;;) {
    const [labels, values] = [rows[end], rows[end + 1]];
    if (!labels || !values) break;
    const at = filledAt(labels);
    if (at.length < 2 || !sameAt(at, filledAt(values))) break;
    if (!labels.cells.every(isWords) || !values.cells.every(isBoxValue)) break;
    end += 2;
  }
  return end - start;
}

/** A field's label in a line of pairs: words naming what the next cell is (事務事業名, 課(室)名). */
const isFieldName = (cell: string) => /名(?:称)?$/.test(cell.normalize('NFKC').replace(/\s+/g, ''));

/**
 * A field's value in a line of pairs: words or a year, naming no field and no column of a table (a
 * header's 指標 or 目標値 among field names is a header's word); the plan's names may be values.
 */
function isFieldValue(cell: string): boolean {
  if (!isBoxValue(cell) || isFieldName(cell)) return false;
  const role = classifyHeader(cell).role.kind;
  return role === 'other' || role === 'theme';
}

/**
 * How many rows from `start` are lines of a form's fields as pairs in one line, each label then
 * its value (加古川市 事務事業評価シート 「事務事業名 | 認知症施策総合推進事業 | 部局名 | 福祉部 |
 * 課(室)名 | 高齢者・地域福祉課」): two pairs or more a line, every label a field's name (…名), every
 * value a field's value; 0 unless they are.
 */
function pairLinesLength(rows: readonly GridRow[], start: number): number {
  let end = start;
  for (let row = rows[end]; row; row = rows[end]) {
    const at = filledAt(row);
    if (at.length < 4 || at.length % 2 !== 0) break;
    const cells = at.map((c) => row.cells[c] ?? '');
    const pairs = cells.every((cell, i) =>
      i % 2 === 0 ? isFieldName(cell) && isWords(cell) : isFieldValue(cell),
    );
    if (!pairs) break;
    end += 1;
  }
  return end - start;
}

/** A field of the box: where its label and its value are. */
interface BoxField {
  readonly label: { readonly row: GridRow; readonly column: number };
  readonly value: { readonly row: GridRow; readonly column: number };
}

/** The fields of a box of lines of labels over lines of values, or of lines of pairs. */
function boxFields(box: readonly GridRow[], paired: boolean): BoxField[] {
  const fields: BoxField[] = [];
  if (paired) {
    for (const row of box) {
      const at = filledAt(row);
      for (let i = 0; i + 1 < at.length; i += 2)
        fields.push({
          label: { row, column: at[i] as number },
          value: { row, column: at[i + 1] as number },
        });
    }
    return fields;
  }
  for (let r = 0; r + 1 < box.length; r += 2) {
    const [label, value] = [box[r] as GridRow, box[r + 1] as GridRow];
    for (const c of filledAt(label))
      fields.push({ label: { row: label, column: c }, value: { row: value, column: c } });
  }
  return fields;
}

/**
 * A form's box of the plan above its table (経営体育成支援事業 目標達成状況報告書, 酒田市: the box,
 * then the section's title line 「Ⅰ 地区の成果目標」, then the grid of 成果目標): each field of the
 * box a title line of its own, its label and value (「事業実施年度 平成25年度」), so that no line of it is taken for the header
 * (目標年度 and 事業実施主体 name roles). Read so only when a line of one cell follows the box and
 * a row of the table under it fills more cells than the box's lines: a box, not the table's own
 * header over its first row. Null for any other table.
 */
export function readFormBox(rows: readonly GridRow[]): TurnedTable | null {
  // The lines of one cell above the box (a sheet's title) stay as they are.
  let start = 0;
  for (const row of rows) {
    if (filledAt(row).length > 1) break;
    start += 1;
  }
  const stacked = boxLength(rows, start);
  const paired = stacked === 0;
  const length = paired ? pairLinesLength(rows, start) : stacked;
  const [first, after] = [rows[start], rows[start + length]];
  if (length === 0 || !first || !after || filledAt(after).length !== 1) return null;
  const width = filledAt(first).length;
  if (!rows.slice(start + length).some((r) => filledAt(r).length > width)) return null;
  const origins = new Origins();
  const out = origins.keepAll(rows.slice(0, start));
  // Each field a title line 「事業実施年度 平成25年度」: its value's cell, its label's a copy.
  const labels = new Map<number, CellOrigin>();
  for (const { label, value } of boxFields(rows.slice(start, start + length), paired)) {
    const at = out.length + 1;
    origins.set(at, 1, { row: value.row.row, column: value.column + 1 });
    labels.set(at, { row: label.row.row, column: label.column + 1 });
    const text = `${(label.row.cells[label.column] ?? '').trim()} ${(value.row.cells[value.column] ?? '').trim()}`;
    out.push({ row: at, cells: [text] });
  }
  origins.append(out, rows.slice(start + length));
  return {
    rows: out,
    origin: origins.origin,
    headerRow: null,
    readAs: () => null,
    copies: (row, column) => {
      const label = column === 1 ? labels.get(row) : undefined;
      return label ? [label] : [];
    },
    printed: (row, column) => {
      if (column !== 1 || !labels.has(row)) return null;
      const at = origins.origin(row, column);
      return rows.find((r) => r.row === at.row)?.cells[at.column - 1] ?? null;
    },
  };
}

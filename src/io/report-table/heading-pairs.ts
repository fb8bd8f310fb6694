import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import type { RecordField } from './record-line-blocks.ts';

/** A label of the name after it (「成果指標名 | 市民農園利用者数」, 「KPI名 | …」): no word of the name. */
export const LABEL_OF_NAME = /^(?:成果|活動|対象|数値|代表|評価|重点)?指標名$|^KPI名$/;

const squeezed = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const figure = (s: string) => parseDescribedFigure(s) !== undefined;

/**
 * The label–value pairs a block's heading prints after the indicator's name (瑞浪市 施策評価調書
 * 「成果指標名 | 福祉ボランティアグループの数 | 令和5年度目標値 | 23」 above its line of years): each a
 * label that is no figure and a figure, the name's label first. Empty for any other line (a
 * heading of a name alone, a table row).
 * @example headingPairs(row('成果指標名', '来場者数', '最終目標値', '500')) // [最終目標値 → 500]
 */
export function headingPairs(row: GridRow): RecordField[] {
  // The cheap test first: this runs on every row of a table; only a name's label goes on.
  let first = '';
  for (const text of row.cells) if ((first = text.trim()) !== '') break;
  if (!first.includes('名') || !LABEL_OF_NAME.test(squeezed(first))) return [];
  const filled = row.cells.flatMap((text, c) => (text.trim() === '' ? [] : [{ text, c }]));
  if (filled.length < 4 || filled.length % 2 !== 0) return [];
  const [label, name] = [filled[0]?.text ?? '', filled[1]?.text ?? ''];
  if (!LABEL_OF_NAME.test(squeezed(label)) || figure(name)) return [];
  const fields: RecordField[] = [];
  for (let i = 2; i < filled.length; i += 2) {
    const [key, value] = [filled[i], filled[i + 1]];
    if (!key || !value || figure(key.text) || !figure(value.text)) return [];
    fields.push({
      label: { row: row.row, column: key.c + 1, text: key.text },
      value: { row: row.row, column: value.c + 1, text: value.text },
    });
  }
  return fields;
}

/** The index of the name in a heading with pairs after it ({@link headingPairs}), else null. */
export function pairedNameAt(row: GridRow): number | null {
  if (headingPairs(row).length === 0) return null;
  let seen = 0;
  for (const [c, text] of row.cells.entries()) if (text.trim() !== '' && ++seen === 2) return c;
  return null;
}

/**
 * The label of the name of a heading with pairs after it (「成果指標名」), a title line of one
 * cell at its file place; null for any other heading.
 */
export function pairedNameLabel(row: GridRow): GridRow | null {
  if (pairedNameAt(row) === null) return null;
  const at = row.cells.findIndex((text) => text.trim() !== '');
  return { row: row.row, cells: row.cells.slice(0, at + 1) };
}

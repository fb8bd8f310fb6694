import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import { filledCount } from '../grid.ts';
import type { CellOrigin } from './cell-origin.ts';
import type { Block } from './heading-blocks.ts';

/** A word naming the indicator in a record's labels (指標名, KPI名, 指標). */
export const NAME_LABEL = /^(?:指\s*標\s*名?|KPI\s*名?|成果指標名?)$/;

/** A field of a sheet's record: its label's cell and its value's, each with its file place. */
export interface RecordField {
  readonly label: CellOrigin & { readonly text: string };
  readonly value: CellOrigin & { readonly text: string };
}

/** What a field of an indicator's sheet printed on a line of its own is labelled (単位, 算出方法 …). */
const FIELD_LABEL =
  /^(?:単位|算出方法|算定方法|算式|指標の説明|指標の定義|定義|出典|データ出典|担当課|所管課|担当部署|方向性|目標の方向)$/;

/**
 * A field printed on one line, its label then its value (施策評価シート 「単位 | 人」 between a
 * KPI's name and its grid of years): the first two cells, nothing after them. Not a record's
 * labels alone (「指標名 | 指標の分類」).
 */
function isFieldLine(row: GridRow): boolean {
  const [label = '', value = '', ...rest] = row.cells;
  return (
    FIELD_LABEL.test(label.normalize('NFKC').replace(/\s+/g, '')) &&
    value.trim() !== '' &&
    rest.every((c) => c.trim() === '')
  );
}

/**
 * The fields of record lines: a line of labels over a line of their values, or lines each of a
 * label and its value ({@link isFieldLine}); null unless so.
 */
export function recordFields(records: readonly GridRow[]): RecordField[] | null {
  if (records.length > 0 && records.every(isFieldLine))
    return records.map((r) => ({
      label: { row: r.row, column: 1, text: r.cells[0] ?? '' },
      value: { row: r.row, column: 2, text: r.cells[1] ?? '' },
    }));
  const fields: RecordField[] = [];
  for (let i = 0; i < records.length; i += 2) {
    const [labels, values] = [records[i], records[i + 1]];
    if (!labels || !values) return null;
    labels.cells.forEach((text, c) => {
      if (text.trim() === '') return;
      const value = values.cells[c] ?? '';
      fields.push({
        label: { row: labels.row, column: c + 1, text },
        value: { row: values.row, column: c + 1, text: value },
      });
    });
    if (values.cells.some((v, c) => v.trim() !== '' && (labels.cells[c] ?? '').trim() === ''))
      return null;
  }
  return fields;
}

const label = (row: GridRow) => (row.cells[0] ?? '').trim();

/**
 * Where a block's header of roles starts: its first line with an empty corner over two cells
 * or more (鳥取県 工程表 「 | 基準値 | … | 長期的目標値」), after record lines in pairs; -1 if none.
 */
export function recordedHeaderAt(block: Block): number {
  const at = block.rows.findIndex((r) => label(r) === '' && filledCount(r) >= 2);
  if (at < 0) return -1;
  // Fields each on a line of its own (「単位 | 人」) before the header, its lines each labelled.
  const fieldsFirst = at > 0 && block.rows.slice(0, at).every(isFieldLine);
  if (fieldsFirst) return block.rows.slice(at + 1).some((r) => label(r) === '') ? -1 : at;
  if (at % 2 !== 0) return -1;
  // The header's lines each labelled (数値, 時点); a record's labels no figure (a header of years
  // over a KPI's lines, 三重県 「数値目標の指標名 | 区分 | 2001」, is no record).
  const body = block.rows.slice(at + 1);
  if (body.length === 0 || body.some((r) => label(r) === '')) return -1;
  const labels = block.rows.slice(0, at).filter((_, i) => i % 2 === 0);
  const figure = (c: string) => c.trim() !== '' && parseDescribedFigure(c) !== undefined;
  return labels.some((r) => r.cells.some(figure)) ? -1 : at;
}

/**
 * Blocks under one header printed again, some of them with record lines between their heading
 * and the header (鳥取県 工程表 水産試験場 H27: 「指標1」, 「指標名 | 指標の分類」 over 「…ズワイガニの
 * 水揚量… | 成果指標」, then 基準値 … 長期的目標値 over 数値 and 時点; a block with no record
 * keeps its heading, 鳥獣対策センター R2 指標1): each block's heading the record's 指標名 where it
 * has one, the block its header and lines; the headings so replaced and the 指標名 labels title
 * lines of one cell each. The records' other fields (指標の分類) are given apart, per block, for
 * the caller to make columns of or title lines. Null unless some
 * block has record lines and every block's are pairs of a line of labels over their values.
 */
export function blocksWithoutRecords(
  blocks: readonly Block[],
  lines: readonly GridRow[],
): { blocks: Block[]; lines: GridRow[]; others: RecordField[][] } | null {
  if (blocks.length < 2) return null;
  const out: Block[] = [];
  const titles: GridRow[] = [...lines];
  const others: RecordField[][] = [];
  let recorded = 0;
  for (const block of blocks) {
    const at = recordedHeaderAt(block);
    if (at < 0 || block.heading === null) return null;
    const fields = recordFields(block.rows.slice(0, at));
    if (fields === null) return null;
    if (at > 0) recorded += 1;
    const named = fields.find((f) => NAME_LABEL.test(f.label.text.trim()));
    others.push(fields.filter((f) => f !== named));
    const name = named?.value.text.trim() ?? '';
    if (!named || name === '') {
      if (named) titles.push(...fieldLines([named]));
      out.push({ heading: block.heading, rows: block.rows.slice(at) });
      continue;
    }
    // The name's label a title line; the replaced heading one too.
    titles.push(...fieldLines([{ ...named, value: { ...named.value, text: '' } }]), block.heading);
    out.push({ heading: cellRow(named.value), rows: block.rows.slice(at) });
  }
  if (recorded === 0) return null;
  return { blocks: out, lines: titles.sort((a, b) => a.row - b.row), others };
}

/**
 * Each filled label and value of record fields a title line of one cell, at its file place: a
 * line of two cells would read as a header.
 */
export function fieldLines(fields: readonly RecordField[]): GridRow[] {
  return fields.flatMap((f) => [f.label, f.value].filter((c) => c.text.trim() !== '').map(cellRow));
}

/** A row holding one cell at its file place, the cells before it empty. */
function cellRow(cell: CellOrigin & { readonly text: string }): GridRow {
  const cells = Array.from({ length: cell.column }, (_, i) =>
    i + 1 === cell.column ? cell.text : '',
  );
  return { row: cell.row, cells };
}

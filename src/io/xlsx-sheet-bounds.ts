import { columnNumber } from '../domain/column-letter.ts';
import { ImportError } from './import-problem.ts';
import { MAX_CELLS, MAX_COLUMNS, MAX_MERGED_RANGES, MAX_ROWS, formatLimit } from './read-limits.ts';

/*
 * A worksheet's XML, bounded before ExcelJS builds anything from it. ExcelJS turns a merged
 * range into one object per covered cell, and a <col> span or a data validation range into one
 * per column or cell: a 1.6 KB workbook whose one merge covers A1:XFD1048576 made it allocate
 * 4 GB. So rows, columns, cells and merges are counted here, merges clipped to the cells the
 * sheet uses, and the parts that only style or validate cells (never their text) dropped.
 */

/** A rectangle of cells, 1-based and inclusive. */
interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const TAG = /<(row|c|mergeCell)\b([^>]*)>/g;
const ADDRESS = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
/** Parts of a worksheet that shape or validate cells but hold none of their text. */
const DROPPED = ['cols', 'dimension', 'dataValidations', 'conditionalFormatting', 'extLst'];

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

function address(text: string): { row: number; column: number } | undefined {
  const match = ADDRESS.exec(text);
  return match ? { row: Number(match[2]), column: columnNumber(match[1] ?? '') } : undefined;
}

function parseRange(ref: string): CellRange | undefined {
  const [from, to = from] = ref.split(':');
  const a = address(from ?? '');
  const b = address(to ?? '');
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

function rangeText(range: CellRange): string {
  const name = (column: number): string => {
    let letters = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    }
    return letters;
  };
  return `${name(range.left)}${range.top}:${name(range.right)}${range.bottom}`;
}

/**
 * Checks a worksheet's rows, columns, cells and merged ranges against the limits while
 * scanning it, and returns the XML ExcelJS may safely load: merges clipped to the used range
 * (and dropped when they cover one cell or none of it), column styles, the dimension, data
 * validations and conditional formats removed. Refusals name the file, the sheet and the row.
 */
export function boundWorksheetXml(file: string, sheet: string, xml: string): string {
  const refuse = (message: string, row?: number): never => {
    throw new ImportError(file, `${message} in ${sheet}`, row === undefined ? {} : { row });
  };
  let row = 0;
  let column = 0;
  let cells = 0;
  let lastRow = 0;
  let lastColumn = 0;
  const merges: CellRange[] = [];
  for (const [, tag, attributes = ''] of xml.matchAll(TAG)) {
    if (tag === 'row') {
      row = Number(attribute(attributes, 'r') ?? row + 1);
      column = 0;
      if (!Number.isInteger(row) || row > MAX_ROWS)
        refuse(`more than ${formatLimit(MAX_ROWS)} rows (limit ${formatLimit(MAX_ROWS)})`);
    } else if (tag === 'c') {
      const place = address(attribute(attributes, 'r') ?? '');
      column = place ? place.column : column + 1;
      cells += 1;
      if (column > MAX_COLUMNS)
        refuse(`more than ${MAX_COLUMNS} columns (limit ${MAX_COLUMNS})`, row);
      if (cells > MAX_CELLS)
        refuse(`more than ${formatLimit(MAX_CELLS)} cells (limit ${formatLimit(MAX_CELLS)})`, row);
      lastRow = Math.max(lastRow, row);
      lastColumn = Math.max(lastColumn, column);
    } else {
      const range = parseRange(attribute(attributes, 'ref') ?? '');
      if (range) merges.push(range);
      if (merges.length > MAX_MERGED_RANGES)
        refuse(
          `more than ${formatLimit(MAX_MERGED_RANGES)} merged ranges (limit ${formatLimit(MAX_MERGED_RANGES)})`,
        );
    }
  }
  const clipped = clipMerges(merges, lastRow, lastColumn);
  if (clipped === undefined) refuse('merged ranges that overlap');
  return withMerges(dropParts(xml), clipped ?? []);
}

/** Merges cut to the used range; undefined when they overlap (their areas exceed it). */
function clipMerges(
  merges: readonly CellRange[],
  lastRow: number,
  lastColumn: number,
): CellRange[] | undefined {
  const clipped = merges
    .map((m) => ({
      ...m,
      bottom: Math.min(m.bottom, lastRow),
      right: Math.min(m.right, lastColumn),
    }))
    .filter((m) => m.top <= m.bottom && m.left <= m.right)
    .filter((m) => m.top !== m.bottom || m.left !== m.right);
  const area = clipped.reduce((sum, m) => sum + (m.bottom - m.top + 1) * (m.right - m.left + 1), 0);
  return area > lastRow * lastColumn ? undefined : clipped;
}

function dropParts(xml: string): string {
  return DROPPED.reduce(
    (text, name) =>
      text.replace(new RegExp(`<${name}\\b[^>]*/>|<${name}\\b[^>]*>[\\s\\S]*?</${name}>`, 'g'), ''),
    xml,
  );
}

function withMerges(xml: string, merges: readonly CellRange[]): string {
  const element =
    merges.length === 0
      ? ''
      : `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeText(m)}"/>`).join('')}</mergeCells>`;
  return xml.replace(/<mergeCells\b[^>]*\/>|<mergeCells\b[^>]*>[\s\S]*?<\/mergeCells>/, element);
}

import { parse } from 'csv-parse/sync';
import { findForbiddenCharacter } from '../domain/forbidden-character.ts';
import { checkCellText } from './cell-text-check.ts';
import type { Grid, GridRow } from './grid.ts';
import { ImportError } from './import-problem.ts';
import {
  MAX_CELLS,
  MAX_CELL_CHARACTERS,
  MAX_COLUMNS,
  MAX_ROWS,
  formatLimit,
} from './read-limits.ts';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

function refuseRows(file: string): never {
  throw new ImportError(
    file,
    `more than ${formatLimit(MAX_ROWS)} rows (limit ${formatLimit(MAX_ROWS)})`,
    {
      row: MAX_ROWS + 1,
    },
  );
}

function refuseColumns(file: string, row: number): never {
  throw new ImportError(file, `more than ${MAX_COLUMNS} columns (limit ${MAX_COLUMNS})`, { row });
}

/** Counts the text's cells as rows are read, refusing past MAX_CELLS. */
function cellCounter(file: string): (row: GridRow) => void {
  let cells = 0;
  return (row) => {
    for (const cell of row.cells) if (cell !== '') cells += 1;
    if (cells > MAX_CELLS) {
      throw new ImportError(
        file,
        `more than ${formatLimit(MAX_CELLS)} non-empty cells (limit ${formatLimit(MAX_CELLS)})`,
        { row: row.row },
      );
    }
  };
}

/**
 * Checks a row's cells and counts them. `clean`: the whole text holds no forbidden character,
 * so no cell split from it can (a tab, comma or line end splits no surrogate pair), and only
 * the cells' lengths are left to check.
 */
function checkRow(
  file: string,
  row: GridRow,
  count: (row: GridRow) => void,
  clean: boolean,
): GridRow {
  for (let index = 0; index < row.cells.length; index += 1) {
    const cell = row.cells[index] ?? '';
    // Known clean, a cell can fail by its length alone: only a long one is checked.
    if (!clean || cell.length > MAX_CELL_CHARACTERS)
      checkCellText(file, row.row, index + 1, cell, clean);
  }
  count(row);
  return row;
}

const isClean = (text: string): boolean => findForbiddenCharacter(text) === undefined;

/** Refuses a line of more than MAX_COLUMNS tab-separated cells, counting no further. */
function checkTabLine(file: string, line: string, row: number): void {
  // A line shorter than the limit cannot hold as many tabs: most lines, with no count.
  if (line.length < MAX_COLUMNS) return;
  let tabs = 0;
  for (let at = line.indexOf('\t'); at >= 0; at = line.indexOf('\t', at + 1)) {
    tabs += 1;
    if (tabs >= MAX_COLUMNS) refuseColumns(file, row);
  }
}

/** Splits one line on tabs, refusing before splitting a line of more than MAX_COLUMNS. */
function tabCells(file: string, line: string, row: number): string[] {
  checkTabLine(file, line, row);
  return line.split('\t');
}

const LINE_END = /\r\n|\n|\r/;

/**
 * Reads tab-separated text as extracted from a PDF: one line a row, cells split on tabs,
 * no quoting (narratives may hold quote marks of their own); or as a spreadsheet saves it
 * (Excel's tab-delimited text), cells in quotes where they hold a line break, a tab or a quote
 * (「"目標値\n(R6)"」): read so when every quote in the file opens and closes a cell.
 */
export function readTsv(file: string, text: string): Grid {
  const quoted = readQuotedTsv(file, text);
  if (quoted !== null) return quoted;
  const lines = text.split(LINE_END);
  if (lines.length > MAX_ROWS) refuseRows(file);
  const count = cellCounter(file);
  const clean = isClean(text);
  const rows = lines.map((line, index) =>
    checkRow(file, { row: index + 1, cells: tabCells(file, line, index + 1) }, count, clean),
  );
  return { file, rows };
}

/**
 * Refuses, before csv-parse builds any record, a CSV with more than MAX_ROWS lines or a record
 * of more than MAX_COLUMNS fields (a million-column line would otherwise become a million
 * strings). Quotes are read as RFC 4180 has them: a quote opens a field only at its start.
 */
function checkCsvShape(file: string, text: string): void {
  let line = 1;
  let recordLine = 1;
  let fields = 1;
  let fieldStart = true;
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === LF || (code === CR && text.charCodeAt(at + 1) !== LF)) {
      line += 1;
      if (line > MAX_ROWS) refuseRows(file);
      if (!quoted) {
        recordLine = line;
        fields = 1;
        fieldStart = true;
      }
    } else if (quoted) {
      if (code === QUOTE && text.charCodeAt(at + 1) === QUOTE) at += 1;
      else if (code === QUOTE) quoted = false;
    } else if (code === QUOTE && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (code === COMMA) {
      fields += 1;
      fieldStart = true;
      if (fields > MAX_COLUMNS) refuseColumns(file, recordLine);
    } else if (code !== CR) fieldStart = false;
  }
}

/**
 * Refuses what the beginning of a delimited file already shows the reader would refuse: a line
 * (a record) of more than MAX_COLUMNS cells, or more than MAX_ROWS lines, with the row readTsv
 * and readCsv name. `head` may end anywhere, even inside a cell: what it holds of a line is a
 * part of that line, so a refusal here is one the whole file gets too.
 */
export function checkDelimitedHead(file: string, head: string, delimiter: 'tab' | 'comma'): void {
  if (delimiter === 'comma') {
    checkCsvShape(file, head);
    return;
  }
  const lines = head.split(LINE_END);
  if (lines.length > MAX_ROWS) refuseRows(file);
  lines.forEach((line, index) => checkTabLine(file, line, index + 1));
}

/** A cell opening with a quote, at a line's start or after a tab: the file may quote its cells. */
const QUOTED_CELL = /(?:^|\t)"/m;

/**
 * Tab-separated text read with quoted cells, as a spreadsheet saves it; null when no cell
 * opens with a quote, or a quote in it neither opens nor closes a cell (a narrative's own
 * quote marks: read as plain lines then).
 */
function readQuotedTsv(file: string, text: string): Grid | null {
  if (!QUOTED_CELL.test(text)) return null;
  // The limits are the plain lines' (as checkDelimitedHead has them), whatever the quotes hold.
  checkDelimitedHead(file, text, 'tab');
  let parsed: unknown[];
  try {
    parsed = parse(text, { delimiter: '\t', relax_column_count: true, info: true });
  } catch {
    return null;
  }
  return gridOf(file, text, parsed);
}

/** Reads comma-separated text with RFC 4180 quoting; the row number is the record's first line. */
export function readCsv(file: string, text: string): Grid {
  checkCsvShape(file, text);
  let parsed: unknown[];
  try {
    parsed = parse(text, { relax_column_count: true, relax_quotes: true, info: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lines = /line (\d+)/i.exec(message);
    throw new ImportError(
      file,
      `not a readable CSV: ${message}`,
      lines ? { row: Number(lines[1]) } : {},
    );
  }
  return gridOf(file, text, parsed);
}

/** The rows of csv-parse's records, each numbered by its first line in the file. */
function gridOf(file: string, text: string, parsed: readonly unknown[]): Grid {
  let line = 1;
  const rows: GridRow[] = [];
  const count = cellCounter(file);
  const clean = isClean(text);
  for (const item of parsed) {
    if (!isInfoRecord(item)) continue;
    rows.push(checkRow(file, { row: line, cells: item.record }, count, clean));
    line = item.info.lines + 1;
  }
  return { file, rows };
}

/** csv-parse's `info: true` records: the cells and the line count so far. */
function isInfoRecord(item: unknown): item is { record: string[]; info: { lines: number } } {
  return typeof item === 'object' && item !== null && 'record' in item && 'info' in item;
}

/** Tabs or commas, whichever the first lines use more. */
export function guessDelimiter(text: string): 'tab' | 'comma' {
  const head = text.slice(0, 8192);
  const tabs = head.split('\t').length;
  const commas = head.split(',').length;
  return tabs >= commas ? 'tab' : 'comma';
}

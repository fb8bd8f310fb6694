import { parse } from 'csv-parse/sync';
import type { Grid, GridRow } from './grid.ts';
import { ImportError } from './import-problem.ts';

/**
 * Reads tab-separated text as extracted from a PDF: one line a row, cells split on tabs,
 * no quoting (narratives may hold quote marks of their own).
 */
export function readTsv(file: string, text: string): Grid {
  const rows: GridRow[] = text
    .split(/\r\n|\n|\r/)
    .map((line, index) => ({ row: index + 1, cells: line.split('\t') }));
  return { file, rows };
}

/** Reads comma-separated text with RFC 4180 quoting; the row number is the record's first line. */
export function readCsv(file: string, text: string): Grid {
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
  let line = 1;
  const rows: GridRow[] = [];
  for (const item of parsed) {
    if (!isInfoRecord(item)) continue;
    rows.push({ row: line, cells: item.record });
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

import type { Column } from './header-map.ts';

/** A header that says its column numbers the rows: No., NO, №, 番号, 指標番号, 整理番号. */
const NUMBER_HEADER = /^(?:no\.?|№|(?:指標|kpi|整理)?番号)$/i;

/** A number as tables print one beside a KPI's name: 1, 1-2, 2-1-3, (4), ア, ①-1, A (みなかみ町 A–F). */
const PRINTED_NUMBER =
  /^(?:[(（]?[0-9０-９]{1,3}[)）]?(?:[-‐－ー.．][0-9０-９]{1,3}){0,3}|[ア-ン]|[A-ZＡ-Ｚ]|[\u2460-\u2473](?:[-‐－][0-9０-９]{1,2})?)$/;

/**
 * The column printing each KPI's number left of its name (「No. | 指標名」, 「番号 | KPI」), which
 * the KPI keeps as its code: a table's own numbers are what a later year's table names the KPI
 * by, where numbering the rows again would shift at the first KPI added. Null when there is none.
 */
export function numberColumnOf(
  columns: readonly Column[],
  kpiColumn: number | null,
): number | null {
  if (kpiColumn === null) return null;
  const column = columns
    .slice(0, kpiColumn)
    .reverse()
    .find(
      (c) =>
        c.role.kind === 'other' &&
        c.groupsRows !== true &&
        (c.numbersRows === true ||
          NUMBER_HEADER.test(c.label.normalize('NFKC').replace(/\s+/g, ''))),
    );
  if (column !== undefined) return column.index;
  // Letters naming the lines right of their names (「総人口 | A」): the codes too.
  const lettered = columns[kpiColumn + 1];
  return lettered?.lettersRows === true ? lettered.index : null;
}

/** The number a cell of that column prints, or null when it is none (a note, a word). */
export function printedNumber(cell: string | undefined): string | null {
  const text = (cell ?? '').trim();
  return PRINTED_NUMBER.test(text) ? text : null;
}

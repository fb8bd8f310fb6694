import type { GridRow } from '../grid.ts';
import { gradeCountColumnsReason } from './grade-count-columns.ts';
import { gradeCountTotalReason } from './grade-count-total.ts';
import type { Column, HeaderMap } from './header-map.ts';
import { listedIndicatorsReason } from './indicator-lists.ts';

/** A count with its share of the row, in one cell: 安平町 "7 (31.8%)". */
const COUNT_AND_SHARE = /^\d[\d,]*\s*[(（]\s*\d+(?:\.\d+)?\s*[%％]\s*[)）]$/;
/** A header counting indicators, not measuring one: 指標本数, 指標数, 件数. */
const COUNT_HEADER = /指標(本)?数|^件数$|^本数$/;
/** A header counting the KPIs given each grade: 雫石町 "判定数", 評価数, 達成数. */
const GRADE_COUNT_HEADER = /^(判定|評価|達成|区分)(件)?数$/;
/** A header of shares of the whole: 割合, 構成比. */
const SHARE_HEADER = /^(割合|構成比|構成割合)(\(%\)|（%）)?$/;
/** A row's label that is a grade and nothing else: A–E, S, ◎ ○ △ × □, or 計 for the total. */
const GRADE_LABEL = /^([A-ES]|[◎○△×□●▲]|計|合計)$/;
/** A percentage alone in its cell: "74.1%". */
const PERCENT = /^\d+(?:\.\d+)?\s*[%％]$/;

/**
 * Why a table with no column of actuals is not a KPI table but a summary of one, as a
 * dashboard prints it (安平町: the number of indicators in each status class per policy area,
 * "指標本数" and cells such as "7 (31.8%)"), naming the example cell; null when it is not that.
 */
export function summaryTableReason(header: HeaderMap, data: readonly GridRow[]): string | null {
  const counting = header.columns.find((c) => COUNT_HEADER.test(c.label.replace(/\s+/g, '')));
  const row = data.find((r) => r.cells.some((cell) => COUNT_AND_SHARE.test(cell.trim())));
  const share = row?.cells.find((cell) => COUNT_AND_SHARE.test(cell.trim()));
  if (!counting || !row || share === undefined)
    return (
      (counting ? listedIndicatorsReason(counting, header, data) : null) ??
      gradeCountsReason(header, data) ??
      gradeCountTotalReason(header, data) ??
      gradeCountColumnsReason(header, data)
    );
  return (
    `not a KPI table: a summary of indicator counts per class ("${counting.label.trim()}", ` +
    `counts with their shares such as "${share.trim()}" in row ${row.row}), not the figures of each KPI`
  );
}

/**
 * Why a table is a summary of KPI counts per grade (雫石町 行政改革: 判定 / 判定数 / 割合, one
 * row per grade A–E and 計, "20" and "74.1%"): a count column and a share column, and every row
 * labelled by a grade alone; null when it is not that. Asked only of a table with no actuals.
 */
function gradeCountsReason(header: HeaderMap, data: readonly GridRow[]): string | null {
  const label = (c: Column) => c.label.replace(/\s+/g, '');
  const counting = header.columns.find((c) => GRADE_COUNT_HEADER.test(label(c)));
  const sharing = header.columns.find((c) => SHARE_HEADER.test(label(c)));
  if (!counting || !sharing) return null;
  const share = (r: GridRow) => (r.cells[sharing.index] ?? '').trim();
  const rows = data.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  const graded = rows.every((r) => GRADE_LABEL.test((r.cells[0] ?? '').trim()));
  const example = rows.find((r) => PERCENT.test(share(r)));
  if (rows.length < 2 || !graded || example === undefined) return null;
  return (
    `not a KPI table: a summary of KPI counts per grade ("${label(counting)}" and ` +
    `"${label(sharing)}", such as "${share(example)}" in row ${example.row}), ` +
    'not the figures of each KPI'
  );
}

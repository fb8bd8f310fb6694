import type { GridRow } from '../grid.ts';
import { headerYear } from './column-role.ts';
import type { Column, HeaderMap } from './header-map.ts';

/** A column whose header names a figure of some year but not the year (直近値, 現状値). */
const yearless = (c: Column): boolean =>
  'fiscalYear' in c.role && c.role.fiscalYear === null && c.role.kind !== 'narrative';

const squeezed = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/**
 * The year a note above the table gives a column its header leaves without one: a 健康増進計画's
 * 「※直近値は評価のため、平成25年度に把握したデータを活用。」 over 「直近値」 makes its figures
 * H25's (else the report year's, which the dated 中間評価 columns beside it would take). A line
 * gives a year only to a column whose whole header it names.
 * @example // 「※直近値は…平成25年度…」 above 「直近値」 → actual of H25
 */
export function withTitleYears(header: HeaderMap, titles: readonly GridRow[]): HeaderMap {
  if (titles.length === 0 || !header.columns.some(yearless)) return header;
  const lines = titles.map((t) => squeezed(t.cells.join(' ')));
  const columns = header.columns.map((c) => {
    const label = squeezed(c.label);
    if (!yearless(c) || label.length < 2 || !('fiscalYear' in c.role)) return c;
    const line = lines.find((l) => l.includes(label) && headerYear(l, header.context) !== null);
    if (line === undefined) return c;
    const fiscalYear = headerYear(line, header.context);
    return {
      ...c,
      role: { ...c.role, fiscalYear },
      because: `${c.because}, of the year the note above the table names for it`,
    };
  });
  return { ...header, columns };
}

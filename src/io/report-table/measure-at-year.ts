import type { Column } from './header-map.ts';
import { headerYear } from './column-role.ts';

/** A header that starts with a year (「2020年度排出量」, 「令和4年度 職員数」), then what is measured. */
const YEAR_THEN_MEASURE =
  /^(?:(?:平成|令和|[HR])\s*(?:\d{1,2}|元)|(?:19|20)\d{2})\s*年度?\s*(?:[(（][^()（）]*[)）])?\s*(.+)$/;

/** The words of what a column measures, a year and brackets aside (「基準年度（2013年度）排出量」 → 排出量). */
const measureOf = (label: string): string =>
  label
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/^.*?年度?/, '');

/**
 * A measure printed at a year beside the same measure at the base year (地球温暖化対策実行計画
 * 「基準年度（2013年度）排出量 | 2020年度排出量 | 削減率」): the year's column is that year's
 * actual, the state reached since the base. Only a column no word gave a role (a year, then
 * words no rule knows) whose measure's words a baseline's header ends with, and only of a year
 * after the baseline's; any other column is left as it is.
 */
export function withMeasureAtYear(columns: readonly Column[]): Column[] {
  // The cheap test first: a baseline among the columns and a column no word named.
  const baselines = columns.filter((c) => c.role.kind === 'baseline');
  if (baselines.length === 0 || !columns.some((c) => c.role.kind === 'other')) return [...columns];
  return columns.map((c) => {
    if (c.role.kind !== 'other' || c.because !== 'no known word') return c;
    const label = c.label.normalize('NFKC').replace(/\s+/g, '');
    const measure = YEAR_THEN_MEASURE.exec(label)?.[1];
    const year = headerYear(label);
    if (measure === undefined || measure.length < 2 || year === null) return c;
    const base = baselines.find(
      (b) =>
        measureOf(b.label) === measure &&
        (b.role.kind !== 'baseline' || b.role.fiscalYear === null || b.role.fiscalYear < year),
    );
    if (base === undefined) return c;
    return {
      ...c,
      role: { kind: 'actual', fiscalYear: year },
      because: `the measure "${measure}" of the baseline's header, at a later year`,
    };
  });
}

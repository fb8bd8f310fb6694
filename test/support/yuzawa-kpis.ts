import { decimal } from '../../src/domain/decimal.ts';
import type { Figure } from '../../src/domain/figure.ts';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import type { Kpi, Plan, YearFigure } from '../../src/domain/model.ts';
import { DEFAULT_GRADE_SCALE } from '../../src/domain/grade-scale.ts';
import { DEFAULT_RATE_PRECISION } from '../../src/domain/rate-format.ts';

/**
 * Rows of the Yuzawa R5 table as domain values, for the domain's unit tests.
 * Each is written out by hand from the printed row so that the tests do not depend on the importer.
 */
/** "2(1)" is figure('2', '1'); "(1)" is figure(null, '1'); a blank cell is figure(''). */
export const figure = (text: string | null, secondary: string | null = null): Figure => ({
  value: text === null || text === '' ? null : decimal(text),
  secondary: secondary === null ? null : decimal(secondary),
  mark: null,
  estimate: false,
});

export const years = (r3: string, r4: string, r5: string): YearFigure[] =>
  [r3, r4, r5].map((text, index) => ({
    fiscalYear: fiscalYear(2021 + index),
    figure: figure(text),
  }));

export function yuzawaKpi(overrides: Partial<Kpi> & Pick<Kpi, 'code'>): Kpi {
  return {
    title: '',
    note: null,
    tags: [],
    departments: [],
    unit: '件',
    baseline: null,
    counting: 'single-year',
    direction: 'increase',
    basis: 'latest',
    formula: 'ratio',
    target: null,
    milestones: [],
    actuals: [],
    departmentActuals: [],
    cumulativeActuals: [],
    cumulativeLabel: '累計',
    narratives: [],
    extras: [],
    ...overrides,
  };
}

const R1 = fiscalYear(2019);
const R8 = fiscalYear(2026);
const baseline = (value: string) => ({ value: decimal(value), fiscalYear: R1 });
const target = (value: string) => ({
  kind: 'value' as const,
  value: decimal(value),
  fiscalYear: R8,
});

/** ① 新たな仕組みによりまちづくりに取り組む地区・団体数: - → 2, R5 1: 50%. */
export const kpi1 = yuzawaKpi({ code: '①', target: target('2'), actuals: years('2', '1', '1') });
/** ② 講座参加者数: 78 → 200, R5 439: 219.5% → 220%. */
export const kpi2 = yuzawaKpi({
  code: '②',
  unit: '人',
  baseline: baseline('78'),
  target: target('200'),
  actuals: years('413', '265', '439'),
});
/** ③ 人材バンクの活用件数: 64 → 100, 58, 85, 60: 60%, and off course. */
export const kpi3 = yuzawaKpi({
  code: '③',
  baseline: baseline('64'),
  target: target('100'),
  actuals: years('58', '85', '60'),
});
/** ⑦ 延べ床面積, a decrease: 299,963 → 264,000, R5 283,179: 93%. */
export const kpi7 = yuzawaKpi({
  code: '⑦',
  unit: 'm²',
  direction: 'decrease',
  baseline: baseline('299963'),
  target: target('264000'),
  actuals: years('296121', '285615', '283179'),
});
/** ⑨ no target: no rate, not 0%. */
export const kpi9 = yuzawaKpi({ code: '⑨', actuals: years('0', '5', '6') });
/** ⑩ 包括的民間委託件数: cumulative 3 of 7 = 43% though marked 単年度. */
export const kpi10 = yuzawaKpi({
  code: '⑩',
  baseline: baseline('3'),
  target: target('7'),
  actuals: years('0', '0', '0'),
  cumulativeActuals: years('3', '3', '3'),
});
/** ⑪ 事務事業の見直し件数: (3+8+4)/20 = 75%, the sum over the period. */
export const kpi11 = yuzawaKpi({ code: '⑪', target: target('20'), actuals: years('3', '8', '4') });
/** ⑯ 繰出金 (億円), a decrease: 8.67 → 8.41, R5 8.39: 100.238… → 100.2%. */
export const kpi16 = yuzawaKpi({
  code: '⑯',
  unit: '億円',
  direction: 'decrease',
  baseline: baseline('8.67'),
  target: target('8.41'),
  actuals: years('8.48', '8.61', '8.39'),
});
/** ⑰ 危機管理マニュアル件数: three departments, cumulative 11 + 1 + 1 = 13 of 17 = 76%. */
export const kpi17 = yuzawaKpi({
  code: '⑰',
  baseline: baseline('11'),
  target: target('17'),
  departments: ['総務課', '情報政策課', '上下水道課'],
  departmentActuals: [
    { department: '総務課', actuals: years('0', '0', '1') },
    { department: '情報政策課', actuals: years('0', '0', '0') },
    { department: '上下水道課', actuals: years('1', '0', '0') },
  ],
});

/** Yuzawa's plan holding `kpis` under one theme program (2-4 再編), for the domain's unit tests. */
export const planOf = (...kpis: Kpi[]): Plan => ({
  name: '湯沢市行財政改革実施計画',
  startYear: fiscalYear(2021),
  endYear: fiscalYear(2026),
  ratePrecision: DEFAULT_RATE_PRECISION,
  gradeScale: DEFAULT_GRADE_SCALE,
  policies: [
    {
      number: '2',
      name: '公共施設マネジメント',
      themes: [{ number: '4', name: '再編', actionItems: [], kpis }],
    },
  ],
});

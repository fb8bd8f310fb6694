import { decimal } from '../../src/domain/decimal.ts';
import { figure, yuzawaKpi } from './yuzawa-kpis.ts';
import type { Figure } from '../../src/domain/figure.ts';
import { fiscalYear } from '../../src/domain/fiscal-year.ts';
import { DEFAULT_GRADE_SCALE } from '../../src/domain/grade-scale.ts';
import type { Kpi, Plan, YearFigure } from '../../src/domain/model.ts';
import { DEFAULT_RATE_PRECISION } from '../../src/domain/rate-format.ts';

/*
 * Real rows of the Yuzawa R5 table (sample/yuzawa-r5-kpi-report.tsv), as a domain Plan:
 * the cases storage must keep exactly.
 */

const R1 = fiscalYear(2019);
const R8 = fiscalYear(2026);

/** R3, R4, R5 … in order: years(figure('0'), figure('1')). */
export { figure };

export function years(...figures: Figure[]): YearFigure[] {
  return figures.map((f, index) => ({ fiscalYear: fiscalYear(2021 + index), figure: f }));
}

const ints = (...values: string[]) => years(...values.map((v) => figure(v)));

const kpi = (code: string, fields: Partial<Kpi>): Kpi =>
  yuzawaKpi({ tags: ['★'], ...fields, code });

const base = (value: string) => ({ value: decimal(value), fiscalYear: R1 });
const target = (value: string) => ({
  kind: 'value' as const,
  value: decimal(value),
  fiscalYear: R8,
});
const said = (text: string, department: string | null = null) => ({
  fiscalYear: fiscalYear(2023),
  department,
  text,
});

/** ④ a baseline printed "34.0", kept with its trailing zero; 39.5/40 = 99%. */
export const kpi4 = kpi('④', {
  title: '市の情報発信の満足度',
  departments: ['情報政策課'],
  unit: '%',
  baseline: base('34.0'),
  target: target('40'),
  actuals: years(figure('33.2'), figure('42.4'), figure('39.5')),
  narratives: [said('テレビ画面での情報を充実させることで…')],
});

/** ⑨ no target: no rate; a pending figure written "-" for R6, and an estimate. */
export const kpi9 = kpi('⑨', {
  title: '公共施設の管理運営において新たに地域力・民間活力を活用した施設数',
  tags: [],
  departments: ['企画課'],
  actuals: [
    ...ints('0', '5', '6'),
    {
      fiscalYear: fiscalYear(2024),
      figure: { value: null, secondary: null, mark: '-', estimate: false },
    },
    {
      fiscalYear: fiscalYear(2025),
      figure: { value: decimal('7'), secondary: null, mark: null, estimate: true },
    },
  ],
});

/** ⑩ cumulative 3 of 7 = 43%: the printed 累計 row 3 3 3. */
export const kpi10 = kpi('⑩', {
  title: 'インフラ施設における包括的民間委託件数（契約件数）',
  tags: [],
  departments: ['企画課'],
  baseline: base('3'),
  basis: 'cumulative',
  target: target('7'),
  milestones: [{ fiscalYear: fiscalYear(2024), figure: figure('5') }],
  actuals: ints('0', '0', '0'),
  cumulativeActuals: ints('3', '3', '3'),
  narratives: [said('新規実績はなかったが、…引き続き検討を行っていく。')],
});

/** ⑯ a decrease KPI in 億円: 8.41/8.39 = 100.2%, 8.39 must come back as 8.39. */
export const kpi16 = kpi('⑯', {
  title: '簡易水道・下水道事業に対する経常的繰出金（人件費を除く）',
  departments: ['財政課'],
  // A column the model has no field for, kept as printed (as 栗原市's 効果額 is).
  extras: [{ label: '効果額 千円', text: '24,079' }],
  unit: '億円',
  baseline: base('8.67'),
  direction: 'decrease',
  target: target('8.41'),
  actuals: years(figure('8.48'), figure('8.61'), figure('8.39')),
  narratives: [said('上水道：3.16億円 下水道：5.23億円 …')],
});

/** ⑰ per-department rows and narratives; 累計 12 12 13 = 11 + 1 (R3 上下水道課) + 1 (R5 総務課). */
export const kpi17 = kpi('⑰', {
  title: '危機管理マニュアル件数',
  departments: ['総務課', '情報政策課', '上下水道課'],
  baseline: base('11'),
  basis: 'cumulative',
  target: target('17'),
  departmentActuals: [
    { department: '総務課', actuals: ints('0', '0', '1') },
    { department: '情報政策課', actuals: ints('0', '0', '0') },
    { department: '上下水道課', actuals: ints('1', '0', '0') },
  ],
  cumulativeActuals: ints('12', '12', '13'),
  narratives: [
    said('令和5年10月「湯沢市選挙管理委員会危機管理マニュアル」を策定', '総務課'),
    said('情報セキュリティポリシーの見直しを検討した。', '情報政策課'),
    said('上下水道事業の危機管理マニュアルを運用した。', '上下水道課'),
  ],
});

/** ⑱ secondary figures: 合計 2(1) 2(0) 2(0); 上下水道課's R3 is "(1)" alone. */
export const kpi18 = kpi('⑱', {
  title: '業務継続計画の策定及び見直し件数',
  note: '※実績値（）内は策定済の計画を見直した件数',
  departments: ['総務課', '情報政策課', '上下水道課'],
  baseline: base('2'),
  basis: 'cumulative',
  target: target('4'),
  departmentActuals: [
    { department: '総務課', actuals: ints('0', '0', '0') },
    { department: '情報政策課', actuals: ints('0', '0', '0') },
    { department: '上下水道課', actuals: years(figure(null, '1'), figure('0'), figure('0')) },
  ],
  cumulativeActuals: years(figure('2', '1'), figure('2', '0'), figure('2', '0')),
  cumulativeLabel: '合計',
  narratives: [said('「危機管理責任者会議」及び「各種訓練」における成果を…')],
});

/** Part of the Yuzawa administrative-reform plan, R1–R8, in table order. */
export function yuzawaPlan(): Plan {
  return {
    name: '湯沢市行財政改革大綱実施計画',
    startYear: R1,
    endYear: R8,
    ratePrecision: DEFAULT_RATE_PRECISION,
    gradeScale: DEFAULT_GRADE_SCALE,
    policies: [
      {
        number: '1',
        name: '地域経営マネジメント',
        themes: [
          {
            number: '2',
            name: '情報の共有と参加の仕組みづくり',
            actionItems: ['4', '5'],
            kpis: [kpi4],
          },
        ],
      },
      {
        number: '2',
        name: '公共施設マネジメント',
        themes: [
          {
            number: '5',
            name: 'ファシリティマネジメントの導入',
            actionItems: ['10', '11', '12', '13', '14'],
            kpis: [kpi9],
          },
          { number: '6', name: 'インフラ施設の適正管理', actionItems: ['15', '16'], kpis: [kpi10] },
        ],
      },
      {
        number: '3',
        name: '行政経営マネジメント',
        themes: [
          { number: '9', name: '財政構造の改革', actionItems: ['24', '25', '26'], kpis: [kpi16] },
        ],
      },
      {
        number: '4',
        name: 'リスクマネジメント',
        themes: [
          {
            number: '10',
            name: '危機管理への的確な対応',
            actionItems: ['27', '28', '29'],
            kpis: [kpi17, kpi18],
          },
        ],
      },
    ],
  };
}

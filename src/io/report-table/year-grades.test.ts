import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('t.tsv', lines.join('\n')), { fiscalYear: fiscalYear(2019) });

/** 加古川市 教育 点検評価: 重点目標 graded by year, R2 not graded yet, a line counting the A grades. */
const KAKOGAWA = [
  '基本的方向\tH28\tH29\tH30\tR1\tR2',
  '①学校園・家庭・地域の連携・協力を強化し、社会全体の教育力を向上させる\tA\tA\tA\tA\t-',
  '②家族の絆を深め、家庭の教育力の向上を図る\tA\tB\tB\tA\t-',
  '⑥「健やかな体」を養う\tB\tA\tB\tB\t-',
  '重点目標評価Aの合計\t2\t2\t1\t2\t-',
];

describe('grades by year, under year columns', () => {
  it('reads the latest graded year as the KPI’s grade, the other years kept as printed, no actual asked for (加古川市)', () => {
    const report = read(KAKOGAWA);
    expect(report.kpis.map((k) => k.printedGrade)).toEqual(['A', 'A', 'B']);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'other',
      'other',
      'other',
      'grade',
      'other',
    ]);
    expect(report.kpis[1]?.kpi.extras).toEqual([
      { label: 'H28', text: 'A' },
      { label: 'H29', text: 'B' },
      { label: 'H30', text: 'B' },
      { label: 'R2', text: '-' },
    ]);
    expect(report.problems).toEqual([]);
  });

  it('leaves year columns of figures, and a single graded year, as they were', () => {
    const figures = read(['指標\tH30\tR1', '参加者数\t120\tA', '相談件数\t30\tB']);
    expect(figures.reading.columns.map((c) => c.role)).not.toContain('grade');
    const once = read(['指標\tR1\tR2', '参加者数\tA\t-', '相談件数\tB\t-']);
    expect(once.reading.columns.map((c) => c.role)).not.toContain('grade');
  });
});

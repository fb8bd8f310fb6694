import { describe, expect, it } from 'vitest';
import { cutPercents } from '../../domain/grade-scale.ts';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) => importReportTable(readTsv('g.tsv', lines.join('\n')));
const HEADER = '指標\t基準値(R1)\t目標値(R6)\tR5実績\t達成率\t評価';

describe('the grading scale a table follows', () => {
  it('is read off its printed grades where the default A–D disagrees and no legend states one', () => {
    const report = read([
      HEADER,
      // A from 90%: 92.0% printed A, 85.0% B, 65.0% C.
      '観光客数\t100\t200\t184\t92.0%\tA',
      '移住者数\t10\t20\t17\t85.0%\tB',
      '企業誘致件数\t0\t20\t13\t65.0%\tC',
    ]);
    expect(report.reading.gradeScale).toBe('printed grades');
    expect(cutPercents(report.plan.gradeScale)).toEqual([90, 80, 60]);
    const result = checkReport(report);
    expect(result.kpis.map((k) => [k.printedGrade, k.grade])).toEqual([
      ['A', 'A'],
      ['B', 'B'],
      ['C', 'C'],
    ]);
    expect(result.gradeScale.source).toBe('printed grades');
  });
  it('is the default, said so, where a legend defines the printed grades by words alone', () => {
    const report = read([
      '【達成度】',
      'A:十分にできている',
      'B:まあまあできている',
      'C:あまりできていない',
      '指標\t基準値(R1)\t現状値(R5)\t目標値(R6)\t達成度',
      '観光客数\t100\t330\t200\tB',
      '移住者数\t10\t12\t20\tB',
    ]);
    expect(report.reading.gradeScale).toBe('legend words');
    expect(cutPercents(report.plan.gradeScale)).toEqual([100, 80, 60]);
    expect(checkReport(report).gradeScale.source).toBe('legend words');
  });
  it('stays the default where the printed grades agree with it', () => {
    const report = read([
      HEADER,
      '観光客数\t100\t200\t200\t100.0%\tA',
      '移住者数\t10\t20\t17\t85.0%\tB',
      '企業誘致件数\t0\t20\t13\t65.0%\tC',
    ]);
    expect(report.reading.gradeScale).toBe('default');
    expect(cutPercents(report.plan.gradeScale)).toEqual([100, 80, 60]);
  });
  it('is the legend’s where the table prints one, whatever its grades', () => {
    const report = read([
      HEADER,
      '観光客数\t100\t200\t184\t92.0%\t○',
      '移住者数\t10\t20\t17\t85.0%\t○',
      '企業誘致件数\t0\t20\t13\t65.0%\t△',
      '※評価 ◎:100%以上 ○:80%以上 △:60%以上 ×:60%未満',
    ]);
    expect(report.reading.gradeScale).toBe('legend');
    expect(report.plan.gradeScale.grades.map((g) => g.label)).toEqual(['◎', '○', '△', '×']);
  });
});

describe('grades of pass or fail (達成 / 未達成, ○ / ×)', () => {
  const table = [
    '指標\t平成29年度 目標\t平成29年度 実績\t達成状況',
    '経常収支比率\t90.0%\t92.3%\t未達成',
    '実質公債費比率\t12.0%\t11.2%\t達成',
    '財政調整基金残高(億円)\t20\t23.5\t達成',
    '市債残高(億円)\t300\t310\t達成',
  ];

  it('are checked as met where the target is reached, each KPI by its direction', () => {
    const result = checkReport(importReportTable(readTsv('zaisei-h29.tsv', table.join('\n'))));
    expect(result.gradeScale).toMatchObject({
      labels: ['達成', '未達成'],
      cuts: [100],
      source: 'pass or fail',
    });
    // 市債残高 310 against 300 printed 達成: a figure to bring down would be missed, so the grade
    // proves it one to raise (grade-direction.ts), and met.
    expect(result.kpis.map((k) => [k.printedGrade, k.grade, k.direction])).toEqual([
      ['未達成', '未達成', 'decrease'],
      ['達成', '達成', 'decrease'],
      ['達成', '達成', 'increase'],
      ['達成', '達成', 'increase'],
    ]);
  });

  it('is no scale where one KPI alone prints a ○ (a trend’s mark, 指標の傾向)', () => {
    const one = ['指標\t目標 R5\tR4\t傾向', '新規就業者数\t700\t675\t○'];
    const result = checkReport(importReportTable(readTsv('iida-r4.tsv', one.join('\n'))));
    expect(result.gradeScale.source).not.toBe('pass or fail');
  });
});

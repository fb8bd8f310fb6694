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

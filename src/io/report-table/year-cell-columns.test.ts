import { describe, expect, it } from 'vitest';
import { decimal } from '../../domain/decimal.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

// A 健康増進計画's indicators, each with its own base year and target year in columns of their own.
const TABLE = [
  '施策\t指標名\t基準年度\t基準値\t目標年度\t目標値\tR5実績値\t達成率(%)',
  '健康づくり\t特定保健指導実施率\tR1\t22.5%\tR6\t45.0%\t31.2%\t69.3',
  '\t喫煙率\tH30\t16.8%\tR6\t12.0%\t14.9%\t39.6',
  '子育て\t合計特殊出生率\tR1\t1.45\tR7\t1.60\t1.39\t86.9',
];
const read = (lines: readonly string[]) => importReportTable(readTsv('t.tsv', lines.join('\n')));

describe('columns printing the year of each row’s baseline and target', () => {
  it('give each KPI its baseline’s and target’s own year, the year cells kept as printed', () => {
    const report = read(TABLE);
    expect(report.kpis.map((k) => [k.kpi.baseline?.fiscalYear, k.kpi.target?.fiscalYear])).toEqual([
      [2019, 2024],
      [2018, 2024],
      [2019, 2025],
    ]);
    expect(report.kpis[1]?.kpi.baseline?.value).toEqual(decimal('16.8'));
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.kpis[0]?.kpi.extras).toContainEqual({ label: '基準年度', text: 'R1' });
  });
  it('leaves a column of the role’s figures as figures though its header names a year', () => {
    // 「目標年度の値」 over figures is a target, not the target's year.
    const figures = TABLE.map((line) =>
      line.replace('目標年度', '目標年度の値').replace(/\tR[67]\t/, '\t40.0%\t'),
    );
    expect(figures[1]).toContain('\t40.0%\t45.0%\t');
    const report = read(figures);
    expect(report.reading.columns.find((c) => c.label === '目標年度の値')?.role).not.toBe('other');
  });
  it('reads a column headed as a when (時点, 年月) right of the actuals as their dates (最新値 | 時点 R5.10)', () => {
    const report = read([
      '指標\t基準値\t目標値\t最新値\t時点\t達成率',
      '観光客数（万人）\t100\t150\t140\tR5.10\t93.3%',
      '移住者数（人）\t50\t100\t40\tR6.3\t40.0%',
    ]);
    // October 2023 and March 2024 both fall in FY R5: the report's year.
    expect(report.fiscalYear).toBe(2023);
    expect(report.kpis.map((k) => k.kpi.actuals.map((a) => a.fiscalYear))).toEqual([
      [2023],
      [2023],
    ]);
    expect(report.unplaced).toEqual([]);
    // A column of the same dates headed by no such word stays as it was: its cells unplaced.
    const other = read([
      '指標\t基準値\t目標値\t最新値\t備考\t達成率',
      '観光客数（万人）\t100\t150\t140\tR5.10\t93.3%',
    ]);
    expect(other.reading.columns[4]?.because).not.toContain('dates');
  });
});

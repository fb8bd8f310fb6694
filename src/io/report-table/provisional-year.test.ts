import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { withoutProvisionalMarks } from './provisional-year.ts';

const row = (n: number, cells: readonly string[]) => ({ row: n, cells });

describe('a year header marked provisional', () => {
  it('loses the mark where a year stays, and only there', () => {
    const header = row(2, [
      '',
      '平成21年度',
      '平成22年度 (速報値)',
      '令和5年度（見込み）',
      '実績(速報)',
    ]);
    expect(withoutProvisionalMarks([header])[0]?.cells).toEqual([
      '',
      '平成21年度',
      '平成22年度',
      '令和5年度',
      '実績(速報)',
    ]);
    const plain = row(2, ['区分', '平成21年度']);
    expect(withoutProvisionalMarks([plain])[0]).toBe(plain);
  });

  it('is the latest year of actuals, the report year, beside its target (北海道 特定健診 実施率)', () => {
    const report = importReportTable(
      readTsv(
        'kenshin.tsv',
        [
          '○特定健康診査実施率',
          '\t平成20年度\t\t平成21年度\t\t平成22年度 (速報値)\t',
          '\t\t目標値\t\t目標値\t\t目標値',
          '北海道\t21.0%\t29.0%\t21.6%\t37.7%\t22.6%\t46.6%',
        ].join('\n'),
      ),
    );
    expect(report.fiscalYear).toBe(2010);
    expect(report.kpis[0]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toContainEqual([
      2010,
      '22.6',
    ]);
    expect(report.problems).toEqual([]);
  });
});

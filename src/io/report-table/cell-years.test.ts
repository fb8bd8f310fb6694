import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) => importReportTable(readTsv('t.tsv', lines.join('\n')));

describe('the report year from the years the actuals’ cells print', () => {
  it('reads the latest year under an actual header naming none (「61.2%（R4）」)', () => {
    const report = read([
      '指標\t基準値\t目標値\t実績\t達成率',
      '市民満足度\t55.0%（H30）\t65.0%（R5）\t61.2%（R4）\t94.2%',
      'ごみ資源化率\t18.0%（H30）\t25.0%（R5）\t19.5%（R3）\t78.0%',
    ]);
    expect(report.fiscalYear).toBe(2022);
    expect(report.reading.fiscalYear).toMatchObject({ source: 'inferred', column: 4 });
    expect(report.kpis.map((k) => k.inference.kind)).toEqual(['matched', 'matched']);
  });
  it('leaves the year unknown where no cell of the actuals prints one (the baseline’s year is not the report’s)', () => {
    const report = read([
      '指標\t基準値\t目標値\t実績\t達成率',
      '市民満足度\t55.0%（H30）\t65.0%\t61.2%\t94.2%',
    ]);
    expect(report.fiscalYear).toBeNull();
  });
});

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
  it('reads the latest year a column of years beside the actuals prints (実績値 | 実績年 H30), not the target’s', () => {
    const report = read([
      '指標名\t基準値\t基準年\t目標値\t目標年\t実績値\t実績年\t進捗率',
      '観光消費額（億円）\t1,200\tH26\t1,500\tR2\t1,380\tH30\t60.0%',
      '県内就職率（％）\t45.2\tH26\t55.0\tR2\t43.1\tH29\t△21.4%',
    ]);
    expect(report.fiscalYear).toBe(2018);
    expect(report.reading.fiscalYear).toMatchObject({ source: 'inferred', column: 7 });
    expect(report.reading.fiscalYear?.because).toBe(
      'the latest year printed for the actuals (column G)',
    );
    expect(report.kpis.map((k) => k.inference.kind)).toEqual(['matched', 'matched']);
  });
});

import { describe, expect, it } from 'vitest';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const imported = (lines: string[]) => importReportTable(readTsv('money.tsv', lines.join('\n')));

describe('figures written at another scale than the KPI’s unit', () => {
  it('converts each cell to the scale of the KPI’s first money cell, so the rate is reproduced', () => {
    const report = imported([
      '指標\t基準値\t目標値\tR5実績\t達成率',
      // 1億円 is the target; 9,000万円 is 0.9億円 (90.0%), not 9,000億円.
      '① 使用料収入\t8,000万円\t1億円\t9,000万円\t90.0%',
      '② 市税収入\t30億円\t33億3,333万円\t2億2,367万円 (67.1パーセント)\t',
    ]);
    const [first, second] = report.kpis.map((k) => k.kpi);
    expect(first?.unit).toBe('万円');
    expect(first?.target).toMatchObject({ kind: 'value' });
    expect(first?.target?.kind === 'value' && Number(first.target.value)).toBe(10000);
    expect(first?.actuals.map((a) => Number(a.figure.value))).toEqual([9000]);
    expect(second?.unit).toBe('億円');
    expect(second?.actuals.map((a) => Number(a.figure.value))).toEqual([2.2367]);
    const result = checkReport(report);
    expect(result.kpis.map((k) => [k.code, k.computed, k.match])).toEqual([
      ['①', '90.0%', true],
      ['②', '67.1%', true],
    ]);
    expect(result.problems).toEqual([]);
  });
  it('converts counts and measures too, and leaves a cell of another unit for a problem', () => {
    const report = imported([
      '指標\t目標値\tR5実績\t達成率',
      // 1,000千人 is 100万人: 100 ÷ 120.
      '① 観光客数\t120万人\t1,000千人\t83.3%',
      // 人 and 件 are no scales of one unit: read as printed, and said.
      '② 相談件数\t120人\t100件\t83.3%',
    ]);
    expect(report.kpis.map((k) => k.kpi.actuals.map((a) => Number(a.figure.value)))).toEqual([
      [100],
      [100],
    ]);
    expect(checkReport(report).kpis.map((k) => k.match)).toEqual([true, true]);
    expect(report.problems.map((p) => [p.kind, p.row])).toEqual([['unit', 3]]);
  });
});

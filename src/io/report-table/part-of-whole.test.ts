import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { partAsActual } from './part-of-whole.ts';

describe('a part of a whole read as a share’s numerator', () => {
  it('scores a reading by the parts it takes for actuals, less those it takes for targets', () => {
    const part = {
      label: 'うち女性委員数(人)',
      role: { kind: 'actual' as const, fiscalYear: null },
    };
    const whole = { label: '委員総数', role: { kind: 'target' as const, fiscalYear: null } };
    expect(partAsActual([whole, part])).toBe(1);
    expect(
      partAsActual([
        { ...whole, role: { kind: 'actual', fiscalYear: null } },
        { ...part, role: { kind: 'target', fiscalYear: null } },
      ]),
    ).toBe(-1);
    expect(partAsActual([{ ...part, label: '女性委員数' }, whole])).toBe(0);
    expect(partAsActual([{ ...part, label: '(うち 女性)' }, whole])).toBe(1);
    // The whole's own words with a qualifier before them, units aside: a part of it.
    const women = { ...part, label: '女性委員の数(人)' };
    const members = { ...whole, label: '委員の数(人)' };
    expect(partAsActual([members, women])).toBe(1);
    expect(
      partAsActual([
        { ...members, role: { kind: 'actual', fiscalYear: null } },
        { ...women, role: { kind: 'target', fiscalYear: null } },
      ]),
    ).toBe(-1);
    // Words alike in no such way say nothing.
    expect(
      partAsActual([
        { ...whole, label: '目標値' },
        { ...part, label: '実績値' },
      ]),
    ).toBe(0);
  });

  it('settles the swap the shares cannot tell apart: no tie asked about', () => {
    const report = importReportTable(
      readTsv(
        't.tsv',
        [
          '令和5年度 審議会等の女性委員',
          '区分\t委員総数\tうち女性委員数\t女性割合',
          '法律に基づく審議会\t200\t70\t35.0',
          '条例に基づく審議会\t120\t30\t25.0',
          '行政委員会\t40\t8\t20.0',
        ].join('\n'),
      ),
    );
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
    expect(report.reading.columns.map((c) => c.role)).toEqual(['kpi', 'target', 'actual', 'rate']);
    expect(report.problems).toEqual([]);
  });
});

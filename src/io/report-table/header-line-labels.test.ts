import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import type { Column } from './header-map.ts';
import { headerLineLabels, printsHeaderLine } from './header-line-labels.ts';

const column = (label: string, block: string): Column => ({
  index: 0,
  label,
  block,
  role: { kind: 'other' },
  because: '',
  unit: null,
});

describe('a header of two lines, known line by line', () => {
  it('takes a cell for its column’s header by the whole label or its own line’s words', () => {
    const [under, alone] = headerLineLabels([
      column('令和3年度 目標値', '令和3年度'),
      column('令和3年度', ''),
    ]);
    expect(printsHeaderLine('令和3年度目標値', under)).toBe(true);
    expect(printsHeaderLine('目標値', under)).toBe(true);
    expect(printsHeaderLine('令和3年度', under)).toBe(false);
    expect(printsHeaderLine('令和3年度', alone)).toBe(true);
    expect(printsHeaderLine('目標値', alone)).toBe(false);
  });

  it('reads both lines of the header printed again over a second table as the header', () => {
    const lines = [
      '○受診率',
      '\t令和3年度\t\t令和4年度\t',
      '\t\t目標値\t\t目標値',
      'A市\t30.0%\t35.0%\t32.0%\t40.0%',
      'B県\t28.0%\t―\t29.0%\t―',
      '○指導率',
      '\t令和3年度\t\t令和4年度\t',
      '\t\t目標値\t\t目標値',
      'A市\t18.0%\t25.0%\t20.0%\t30.0%',
      'B県\t14.0%\t―\t15.0%\t―',
    ];
    const report = importReportTable(readTsv('t.tsv', lines.join('\n')));
    expect(report.kpis).toHaveLength(4);
    expect(report.unplaced).toEqual([]);
  });
});

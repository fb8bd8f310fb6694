import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { classifyHeader } from './column-role.ts';
import { importReportTable } from './import-report-table.ts';
import { letterAfterBracket, wordedRateFormula } from './worded-formula.ts';

describe('a rate header written as a ratio of two worded columns (住田町 「実績B /目標A」)', () => {
  it('reads the letters of each side, spaces and ÷ aside', () => {
    expect(wordedRateFormula('実績B /目標A')).toEqual({ numerator: 'b', denominator: 'a' });
    expect(wordedRateFormula('実績(b)÷計画(a)')).toEqual({ numerator: 'b', denominator: 'a' });
    expect(wordedRateFormula('実績B/目標A×100')).toEqual({ numerator: 'b', denominator: 'a' });
  });

  it('is no formula without a word on each side, nor letters alone', () => {
    expect(wordedRateFormula('B/A')).toBeNull();
    expect(wordedRateFormula('実績/目標')).toBeNull();
    expect(wordedRateFormula('人/日')).toBeNull();
  });

  it('makes the header a rate though it names no rate word', () => {
    expect(classifyHeader('実績B /目標A')).toEqual({
      role: { kind: 'rate', formula: { numerator: 'b', denominator: 'a' } },
      because: 'a rate formula',
    });
  });

  it('reads the letter after a year in brackets, not a letter inside a word', () => {
    expect(letterAfterBracket('目 標 (平成27年度) A')).toBe('a');
    expect(letterAfterBracket('実 績 (平成27年度) B')).toBe('b');
    expect(letterAfterBracket('目標値 (R8)')).toBeNull();
    expect(letterAfterBracket('KPI')).toBeNull();
  });

  it('reads the lettered columns by the formula, and reproduces the rates (住田町 生活排水処理)', () => {
    const table = [
      '指 標\t現 状 (平成21年度)\t目 標 (平成27年度) A\t実 績 (平成27年度) B\t実績B /目標A',
      '汚水衛生処理人口\t1,150\t1,261\t1,181\t93.7%',
      '汚水衛生処理率\t18.0%\t21.4%\t20.2%\t94.4%',
    ].join('\n');
    const report = importReportTable(readTsv('sumita.tsv', table));
    const roles = report.reading.columns.map((c) => c.role);
    expect(roles).toEqual(['kpi', 'baseline', 'target', 'actual', 'rate']);
    expect(report.kpis.map((k) => k.printedRateText)).toEqual(['93.7%', '94.4%']);
    expect(report.kpis.map((k) => k.kpi.baseline)).toMatchObject([
      { value: '1150', fiscalYear: 2009 },
      { value: '18.0', fiscalYear: 2009 },
    ]);
  });
});

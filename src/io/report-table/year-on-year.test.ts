import { describe, expect, it } from 'vitest';
import { decimal } from '../../domain/decimal.ts';
import { yearOnYearRatio } from '../../domain/year-on-year.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { YEAR_ON_YEAR_MISMATCH, YEAR_ON_YEAR_UNREAD } from '../../domain/import-problem-kind.ts';
import { yearOnYearFormulaText } from './year-on-year.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('suido-h18.tsv', lines.join('\n')));

const rateProblems = (report: ReturnType<typeof read>) =>
  report.problems.filter((p) => p.kind === 'rate');

describe('yearOnYearRatio', () => {
  it('is this year over last, or their change over last, exact', () => {
    expect(yearOnYearRatio('ratio', decimal('690'), decimal('700'))).toEqual({
      numerator: 690n,
      denominator: 700n,
    });
    expect(yearOnYearRatio('change', decimal('47305'), decimal('47349'))).toEqual({
      numerator: -44n,
      denominator: 47349n,
    });
    expect(yearOnYearRatio('change', decimal('5'), decimal('0'))).toBeUndefined();
  });

  it('says its formula by the columns', () => {
    expect(yearOnYearFormulaText({ kind: 'years', thisYear: 2, lastYear: 3 }, 'ratio')).toBe(
      'B ÷ C',
    );
    expect(
      yearOnYearFormulaText({ kind: 'difference', thisYear: 8, difference: 9 }, 'change'),
    ).toBe('I ÷ (H − I)');
  });
});

describe('a column of changes against the year before, both years printed', () => {
  const table = [
    '項目\t平成18年度\t平成17年度\t前年度比',
    '給水人口\t47,305\t47,349\t99.9',
    '給水戸数\t17,942\t17,776\t100.9',
    '配水量\t4,976,090\t4,911,597\t101.3',
  ];

  it('recomputes each from its row’s two figures, this year over last: 3 of 3', () => {
    const report = read(table);
    const result = checkReport(report);
    expect(result.yearOnYear).toEqual({ printed: 3, matched: 3 });
    expect(result.kpis[1]?.yearOnYear).toEqual([
      { column: 'D', label: '前年度比', printed: '100.9%', computed: '100.9%', match: true },
    ]);
    expect(report.reading.yearOnYear).toEqual([
      expect.objectContaining({
        column: 4,
        found: 'words',
        operands: { kind: 'years', thisYear: 2, lastYear: 3 },
        formula: 'ratio',
        printed: 3,
        matched: 3,
      }),
    ]);
    expect(report.problems).toEqual([]);
  });

  it('never reads them as the KPIs’ rates, nor counts them with the rates', () => {
    const result = checkReport(read(table));
    expect(result.kpis.map((k) => k.printed)).toEqual([null, null, null]);
    expect(result.summary).toEqual({ kpis: 3, printed: 0, matched: 0 });
    expect(result.yearRates).toEqual({ printed: 0, matched: 0 });
  });
});

describe('a KPI’s line continuing it (a department’s) printing its own change', () => {
  it('is checked on its own figures and listed with the KPI’s', () => {
    const report = read([
      '指標\t担当課\tR5実績\tR4実績\t前年度比',
      'ごみ排出量\t環境課\t1,000\t1,100\t90.9',
      '\t清掃課\t400\t400\t100.0',
    ]);
    const result = checkReport(report);
    expect(result.yearOnYear).toEqual({ printed: 2, matched: 2 });
    expect(result.kpis[0]?.yearOnYear?.map((y) => y.printed)).toEqual(['90.9%', '100.0%']);
  });
});

describe('a change printed with △ for a minus, beside this year’s figure and the difference', () => {
  it('reads last year’s as this year’s less the difference: 2 of 2, △ a minus', () => {
    const report = read([
      '歳入\t決算額\t対前年度 増減額\t対前年度 増減率',
      '市税\t10,707,635\t278,147\t2.7',
      '地方譲与税\t276,941\t△ 16,208\t△ 5.5',
    ]);
    const result = checkReport(report);
    expect(result.yearOnYear).toEqual({ printed: 2, matched: 2 });
    expect(result.kpis[1]?.yearOnYear?.[0]).toMatchObject({ printed: '-5.5%', computed: '-5.5%' });
    expect(report.reading.yearOnYear?.[0]).toMatchObject({
      operands: { kind: 'difference', thisYear: 2, difference: 3 },
      formula: 'change',
    });
  });

  it('reads a change printed in brackets after the difference, 「△44人(△0.1%)」', () => {
    const result = checkReport(
      read([
        '事項\t平成18年度\t平成17年度\t増減比較(率)',
        '給水人口\t47,305人\t47,349人\t△44人(△0.1%)',
        '給水戸数\t17,942戸\t17,776戸\t166戸(0.9%)',
      ]),
    );
    expect(result.yearOnYear).toEqual({ printed: 2, matched: 2 });
    expect(result.kpis[0]?.yearOnYear?.[0]?.printed).toBe('-0.1%');
  });
});

describe('a misprinted change', () => {
  it('is named as a problem with its row and column, the others still checked', () => {
    const report = read([
      '項目\t平成18年度\t平成17年度\t対前年度増減率',
      '給水人口\t47,305\t47,349\t△0.1',
      '給水戸数\t17,942\t17,776\t0.9',
      '配水量\t4,976,090\t4,911,597\t1.8',
    ]);
    expect(checkReport(report).yearOnYear).toEqual({ printed: 3, matched: 2 });
    expect(rateProblems(report)).toEqual([
      expect.objectContaining({
        row: 4,
        column: 4,
        message: expect.stringContaining(
          `printed 1.8% in column 4 ("対前年度増減率") ${YEAR_ON_YEAR_MISMATCH} 1.3%`,
        ),
      }),
    ]);
  });

  it('a column named so that no two figures give is said, not left unread', () => {
    const report = read([
      '項目\t平成18年度\t平成17年度\t前年度比',
      '給水人口\t47,305\t47,349\t88.1',
      '給水戸数\t17,942\t17,776\t77.2',
    ]);
    expect(checkReport(report).yearOnYear).toEqual({ printed: 2, matched: 0 });
    expect(rateProblems(report)).toEqual([
      expect.objectContaining({
        column: 4,
        message: expect.stringContaining(YEAR_ON_YEAR_UNREAD),
      }),
    ]);
  });
});

describe('a column no word names, beside two years running', () => {
  it('is read as their change where it gives most of it', () => {
    const report = read([
      '項目\tH18実績\tH17実績\t動向',
      '給水人口\t47,305\t47,349\t-0.1%',
      '給水戸数\t17,942\t17,776\t0.9%',
      '配水量\t4,976,090\t4,911,597\t1.3%',
    ]);
    expect(report.reading.yearOnYear).toEqual([
      expect.objectContaining({ column: 4, found: 'content', formula: 'change', matched: 3 }),
    ]);
    expect(checkReport(report).yearOnYear).toEqual({ printed: 3, matched: 3 });
  });

  it('is not one where its figures do not give it: nothing claimed', () => {
    const report = read([
      '項目\tH18実績\tH17実績\t動向',
      '給水人口\t47,305\t47,349\t12.5%',
      '給水戸数\t17,942\t17,776\t33.0%',
    ]);
    expect(report.reading.yearOnYear).toBeUndefined();
    expect(checkReport(report).yearOnYear).toEqual({ printed: 0, matched: 0 });
  });
});

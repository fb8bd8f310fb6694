import { describe, expect, it } from 'vitest';
import { checkReport } from './report-check.ts';
import { readOtherCity } from '../../test/support/other-cities.ts';

/**
 * Round av of the development set (fixtures/other-cities/README.md): the changes against the
 * year before the tables print beside their figures (前年度比, 対前年度増減率, 増減比較(率)),
 * checked on their own, never the KPIs' rates (`report-table/year-on-year.ts`).
 */
const read = readOtherCity;

/** Each KPI's changes against the year before, as 「printed computed」, ✓ or ✗. */
const changes = (result: ReturnType<typeof checkReport>) =>
  result.kpis.map((k) =>
    (k.yearOnYear ?? []).map(
      (y) => `${y.column} ${y.printed}${y.match ? ' ✓' : ` ✗ ${y.computed}`}`,
    ),
  );

describe('滝沢市 水道決算: 「増減比較(率)」, the change in brackets after the difference', () => {
  it('checks 13 of 13 as this year’s less last year’s over last year’s', async () => {
    const report = await read('takizawa-suido-h18.tsv');
    const result = checkReport(report);
    expect(result.yearOnYear).toEqual({ printed: 13, matched: 13 });
    expect(report.reading.yearOnYear).toEqual([
      expect.objectContaining({
        column: 4,
        operands: { kind: 'years', thisYear: 2, lastYear: 3 },
        formula: 'change',
        rounding: 'half-up',
      }),
    ]);
    expect(changes(result)[0]).toEqual(['D -0.1% ✓']);
    // 有収率 89.6% → 91.3%: its change on last year's rate, △1.9%, not the points.
    expect(changes(result)[6]).toEqual(['D -1.9% ✓']);
    // No rate of a KPI; the first table's counts in their own units, not the later tables' 千円.
    expect(result.summary).toEqual({ kpis: 13, printed: 0, matched: 0 });
    expect(report.problems).toEqual([]);
  });
});

describe('a 市 歳入決算: 決算額 | 対前年度 増減額 | 対前年度 増減率 under H25, H26, H27', () => {
  it('checks 12 of 12, H25’s on its difference, H26’s and H27’s on the year before’s 決算額', async () => {
    const report = await read('unknown-kessan-h27.tsv');
    const result = checkReport(report);
    expect(result.yearOnYear).toEqual({ printed: 12, matched: 12 });
    expect(
      report.reading.yearOnYear?.map((y) => [y.column, y.operands, y.formula, y.matched]),
    ).toEqual([
      [4, { kind: 'difference', thisYear: 2, difference: 3 }, 'change', 4],
      [7, { kind: 'years', thisYear: 5, lastYear: 2 }, 'change', 4],
      [10, { kind: 'years', thisYear: 8, lastYear: 5 }, 'change', 4],
    ]);
    expect(changes(result)[1]).toEqual(['D -5.5% ✓', 'G -4.5% ✓', 'J 7.7% ✓']);
    expect(result.summary).toEqual({ kpis: 4, printed: 0, matched: 0 });
    expect(report.problems).toEqual([]);
  });
});

describe('長野市 款別支出状況: 「前年度 対 比」 under two years the copy lost', () => {
  it('checks 11 of 11 as this year’s over last year’s, the lost 公債費 ratio said as before', async () => {
    const report = await read('naganoshi-kessan-h15.tsv');
    const result = checkReport(report);
    expect(result.yearOnYear).toEqual({ printed: 11, matched: 11 });
    expect(report.reading.yearOnYear).toEqual([
      expect.objectContaining({
        column: 7,
        found: 'words',
        operands: { kind: 'years', thisYear: 2, lastYear: 4 },
        formula: 'ratio',
      }),
    ]);
    expect(changes(result)[10]).toEqual(['G 35.3% ✓']);
    expect(changes(result)[11]).toEqual([]);
    expect(report.unplaced.map((u) => u.text)).toEqual(['?']);
    expect(report.problems.map((p) => p.kind)).toEqual(['unreadable']);
  });
});

describe('江津市 水道 業務状況: 予定との対比 B/A the KPIs’ rates, 前年同期実績との対比 増減率% not', () => {
  it('reads its rates as before, 3 of 3, and checks the changes on last year apart, 3 of 3', async () => {
    const report = await read('gotsu-suido-h20.tsv');
    const result = checkReport(report);
    expect(result.summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
    expect(result.kpis.map((k) => k.printed)).toEqual(['102.30%', '50.16%', '100.32%']);
    expect(result.yearOnYear).toEqual({ printed: 3, matched: 3 });
    expect(changes(result)).toEqual([['G 1.4% ✓'], ['G -0.1% ✓'], ['G 0.2% ✓']]);
    expect(report.reading.columns.find((c) => c.column === 7)?.role).toBe('other');
    expect(report.problems).toEqual([]);
  });
});

describe('西尾市 事務事業評価: 「(対16年度 伸率)」 between H16 and H17', () => {
  it('checks the 目標値 lines’ changes, 2 of 2; the 実績値 lines read as no KPI’s, their cells unplaced', async () => {
    const report = await read('nishio-kenshin-h17.tsv');
    expect(checkReport(report).yearOnYear).toEqual({ printed: 2, matched: 2 });
    expect(report.unplaced.map((u) => u.text)).toContain('(46.30%)');
  });
});

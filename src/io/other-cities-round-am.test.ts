import { describe, expect, it } from 'vitest';
import { readReportFile } from './read-report-file.ts';
import { checkReport } from './report-check.ts';
import { fixtureBytes } from '../../test/support/test-files.ts';

/**
 * Round am of the development set (fixtures/other-cities/README.md): real tables that set a plan
 * against its result and print the rate, of 公営企業 (水道事業 業務状況書, 上下水道事業会計) and a
 * budget's execution. What each must keep reading.
 */
const name = (file: string) => `other-cities/${file}`;
const read = (file: string, text?: string) =>
  readReportFile(
    file,
    text === undefined ? fixtureBytes(name(file)) : new TextEncoder().encode(text),
  );
const text = (file: string) => new TextDecoder().decode(fixtureBytes(name(file)));

describe('江津市 水道事業 業務状況書: 年間予定 A | 当期実績 B | 予定との 対比 B/A, then 前年同期 実 績 C and its change', () => {
  const file = 'gotsu-suido-h20.tsv';

  it('reads the half-year against the year’s plan by the formula’s letters, 3 of 3 rates at 2 decimals', async () => {
    const report = await read(file);
    const result = checkReport(report);
    expect(result.summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
    expect(result.kpis.map((k) => k.computed)).toEqual(['102.30%', '50.16%', '100.32%']);
    expect(report.fiscalYear).toBe(2008);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('reads 前年同期 実 績 C as H19’s, and the change on it (増減 B-C, 増減率%) kept as printed, no second rate', async () => {
    const report = await read(file);
    expect(report.kpis[0]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2008, '10015'],
      [2007, '9875'],
    ]);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'target',
      'actual',
      'rate',
      'actual',
      'other',
      'other',
    ]);
  });

  it('says so where a printed rate is not the figures’', async () => {
    const wrong = await read(file, text(file).replace('\t50.16%\t', '\t51.16%\t'));
    expect(checkReport(wrong).summary).toEqual({ kpis: 3, printed: 3, matched: 2 });
  });
});

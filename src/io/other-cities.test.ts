import { describe, expect, it } from 'vitest';
import { readReportFile } from './read-report-file.ts';
import { fixtureBytes } from '../../test/support/test-files.ts';
import { checkReport } from './report-check.ts';
import { ImportError } from './import-problem.ts';
import { requireComplete } from './report-table/missing-role.ts';

const check = async (name: string) =>
  checkReport(await readReportFile(name, fixtureBytes(`other-cities/${name}`)));

describe('栗原市 集中改革プラン H22: two blocks, each rate stating b/a×100, one decimal', () => {
  it('reproduces all 8 printed rates, the whole plan and the H22 block', async () => {
    const result = await check('kurihara-shuchukaikaku-h22.tsv');
    expect(result.summary).toEqual({ kpis: 8, printed: 8, matched: 8 });
    expect(result.kpis.map((k) => k.printed)).toEqual([
      '10.0%',
      '66.7%',
      '18.8%',
      '0.0%',
      '7.7%',
      '33.3%',
      '11.3%',
      '37.5%',
    ]);
    expect(result.kpis[0]).toMatchObject({ code: '⑴', title: '市民との信頼関係を高める' });
    expect(result.fiscalYear).toBe(2010);
  });
  it('keeps the 効果額 cells, which have no field of their own, under their header on the H22 KPI', async () => {
    const report = await readReportFile(
      'kurihara.tsv',
      fixtureBytes('other-cities/kurihara-shuchukaikaku-h22.tsv'),
    );
    expect(report.unplaced).toEqual([]);
    expect(report.kpis.map((k) => [k.kpi.code, k.kpi.extras.map((e) => e.text)])).toEqual([
      ['⑴', []],
      ['⑴-2', ['0']],
      ['⑵', []],
      ['⑵-2', ['0']],
      ['⑶', []],
      ['⑶-2', ['24,079']],
      ['1', []],
      ['1-2', ['24,079']],
    ]);
    expect(report.kpis[1]?.kpi.extras[0]?.label).toBe('年度別達成状況 平成22年度 効果額 千円');
  });
});

describe('関市 行政改革大綱: one column per year, targets outside the table, a grade word', () => {
  it('reads four KPIs over H23–H26 with their printed grade and no rate', async () => {
    const report = await readReportFile(
      'seki.tsv',
      fixtureBytes('other-cities/seki-gyoseikaikaku-h26.tsv'),
    );
    expect(report.fiscalYear).toBe(2014);
    expect(report.kpis.map((k) => [k.kpi.code, k.kpi.title, k.printedGrade])).toEqual([
      ['①', '財政力指数', '達成'],
      ['②', '経常収支比率', '達成'],
      ['③', '実質公債比率', '達成'],
      ['④', '将来負担比率', '達成'],
    ]);
    const second = report.kpis[1]?.kpi;
    expect(second?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2011, '88.8'],
      [2012, '91.3'],
      [2013, '89.2'],
      [2014, '89.2'],
    ]);
    expect(second?.unit).toBe('%');
    expect(report.kpis[3]?.kpi.actuals[1]?.figure.mark).toBe('―');
    expect(report.unplaced).toEqual([]);
    expect(checkReport(report).summary).toEqual({ kpis: 4, printed: 0, matched: 0 });
  });
});

describe('安平町 summary table: not a KPI table', () => {
  it('is refused as a summary of indicator counts per class (not for its year), naming the file and the header row', async () => {
    const reading = readReportFile(
      'abira.tsv',
      fixtureBytes('other-cities/abira-sougoukeikaku-h30.tsv'),
    ).then(requireComplete);
    await expect(reading).rejects.toBeInstanceOf(ImportError);
    await expect(reading).rejects.toThrow(
      'abira.tsv, row 7: not a KPI table: a summary of indicator counts per class ("指標本数", counts with their shares such as "7 (31.8%)" in row 8)',
    );
  });
});

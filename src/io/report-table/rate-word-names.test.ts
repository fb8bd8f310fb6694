import { describe, expect, it } from 'vitest';
import { classifyHeader } from './column-role.ts';
import type { Column } from './header-map.ts';
import { withRateWordNameColumn } from './rate-word-names.ts';
import { importReportTable } from './import-report-table.ts';

const columns = (...labels: string[]): Column[] =>
  labels.map((label, index) => ({ index, label, block: '', unit: null, ...classifyHeader(label) }));
const sample = (...rows: string[][]) => rows.map((cells, i) => ({ row: i + 2, cells }));

describe('a first column headed by a rate word over the lines’ names', () => {
  it('names the KPIs: the word says what the lines measure (実施率 | 1年度 | 2年度)', () => {
    const read = withRateWordNameColumn(
      columns('実施率', '1年度', '2年度'),
      sample(['がん検診実施率', '12.5%', '13.0%'], ['歯科健診実施率', '8.1%', '9.4%']),
    );
    expect(read.map((c) => c.role.kind)).toEqual(['other', 'actual', 'actual']);
    expect(read[0]?.because).toContain('over the lines');
  });

  it('stays a rate column over figures, beside a KPI column, or with no actuals', () => {
    const kinds = (labels: string[], ...rows: string[][]) =>
      withRateWordNameColumn(columns(...labels), sample(...rows)).map((c) => c.role.kind);
    expect(kinds(['実施率', '1年度'], ['12.5%', '13.0%'], ['8.1%', '9.4%'])[0]).toBe('rate');
    expect(kinds(['実施率', '1年度'], ['がん検診', '1'], ['12', '2'])[0]).toBe('rate');
    expect(kinds(['実施率', '1年度'], ['がん検診実施率', '12.5%'])[0]).toBe('rate');
    expect(kinds(['実施率', '指標', '1年度'], ['a率', 'b', '1'], ['c率', 'd', '2'])[0]).toBe(
      'rate',
    );
    expect(kinds(['実施率', '目標値'], ['がん検診', '50%'], ['歯科健診', '40%'])[0]).toBe('rate');
  });

  it('lets such a table read as KPIs with their yearly actuals', () => {
    const report = importReportTable({
      file: 'made-up.tsv',
      rows: sample(
        ['実施率', '1年度', '2年度'],
        ['がん検診実施率', '12.5パーセント', '13.0パーセント'],
        ['歯科健診実施率', '8.1パーセント', '9.4パーセント'],
      ),
    });
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['がん検診実施率', '歯科健診実施率']);
    expect(report.kpis[0]?.kpi.actuals.map((a) => [a.fiscalYear, String(a.figure.value)])).toEqual([
      [2019, '12.5'],
      [2020, '13.0'],
    ]);
    expect(report.unplaced).toEqual([]);
  });
});

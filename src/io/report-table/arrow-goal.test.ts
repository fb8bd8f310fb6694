import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('t.tsv', lines.join('\n')), { fiscalYear: fiscalYear(2017) });

describe('a KPI name with its baseline and final target after it (長野県 信州創生戦略)', () => {
  it('reads 「合計特殊出生率 H26年1.54→H31年1.68」: H26’s 1.54 the baseline, H31’s 1.68 the target', () => {
    const report = read([
      '指標名\t目安値\t実績値\t進捗区分',
      '合計特殊出生率 H26年1.54→H31年1.68\t1.62 (H29年)\t1.56 (全国16位)\tC',
      '社会増減(人) H26年▲3,703→H31年▲2,000\t\t▲2,530\tA',
    ]);
    const [birth, moves] = report.kpis.map((k) => k.kpi);
    expect(birth?.title).toBe('合計特殊出生率');
    expect(birth?.baseline).toEqual({ value: '1.54', fiscalYear: 2014 });
    expect(birth?.target).toEqual({ kind: 'value', value: '1.68', fiscalYear: 2019 });
    // The 目安値 of H29 a column gave is that year's milestone; the cell kept as printed.
    expect(birth?.milestones.map((m) => [m.fiscalYear, m.figure.value])).toEqual([[2017, '1.62']]);
    expect(birth?.note).toContain('合計特殊出生率 H26年1.54→H31年1.68');
    expect(moves?.baseline).toEqual({ value: '-3703', fiscalYear: 2014 });
    expect(moves?.target).toMatchObject({ value: '-2000', fiscalYear: 2019 });
  });

  it('reads figures with their units and the plan named in brackets after the goal', () => {
    const report = read([
      '指標名\t実績値',
      '一般就労移行者数 ・平成27年度 12人 → 平成32年度 64人 (第5期障害福祉計画)\t40人',
    ]);
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.title).toBe('一般就労移行者数');
    expect(kpi?.baseline).toEqual({ value: '12', fiscalYear: 2015 });
    expect(kpi?.target).toMatchObject({ value: '64', fiscalYear: 2020 });
  });

  it('leaves a name whose arrow goes to a direction, not a figure', () => {
    const report = read([
      '指標名\t目安値\t実績値',
      '健康寿命(歳) H25年79.83 →H31年延伸\t79.83以上\t80.54',
    ]);
    expect(report.kpis[0]?.kpi.title).toBe('健康寿命(歳) H25年79.83 →H31年延伸');
    expect(report.kpis[0]?.kpi.baseline).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('wrapped-r4.tsv', lines.join('\n')));

describe('a KPI name wrapped onto a line of its own, as a PDF cell wraps it', () => {
  const table = [
    '施策\tKPI\t基準値\t目標値\tR4\t達成率',
    '1 子育て\t保育所待機児童\t15人\t0人\t3人\t80.0%',
    '\t数\t(H30)\t(R6)\t\t',
    '\t放課後児童クラブ\t300人\t400人\t380人\t95.0%',
    '\tの定員\t\t\t\t',
    '2 健康\t特定健診受診率\t40.0%\t60.0%\t―\t―',
  ];

  it('joins the rest of the name to the KPI above, and gives its figures the years under them', () => {
    const report = read(table);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '保育所待機児童数',
      '放課後児童クラブの定員',
      '特定健診受診率',
    ]);
    expect(report.kpis[0]?.kpi.baseline).toEqual({ value: '15', fiscalYear: 2018 });
    expect(report.kpis[0]?.kpi.target).toMatchObject({ value: '0', fiscalYear: 2024 });
    expect(report.reading.rows.map((r) => [r.row, r.kind, r.kpi])).toEqual([
      [1, 'header', null],
      [2, 'kpi', '1'],
      [3, 'wrapped', '1'],
      [4, 'kpi', '2'],
      [5, 'wrapped', '2'],
      [6, 'kpi', '3'],
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 2, matched: 2 });
    // 「―」 under 達成率 is no rate printed, kept as printed.
    expect(report.kpis[2]?.printedRate).toBeNull();
    expect(report.kpis[2]?.kpi.extras).toContainEqual({ label: '達成率', text: '―' });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('gives the years of a line holding nothing but them to the figures above, the name whole', () => {
    const report = read([
      '指標\tH30\tR1\tR2\tR3\tR4\t目標',
      '認定こども園数（園）\t3\t4\t4\t5\t6\t8',
      '\t\t\t\t\t\t(R6)',
      '放課後児童クラブ（か所）\t10\t11\t12\t12\t13\t15',
      '\t\t\t\t\t\t(R6)',
    ]);
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.target?.fiscalYear])).toEqual([
      ['認定こども園数（園）', 2024],
      ['放課後児童クラブ（か所）', 2024],
    ]);
    expect(report.reading.rows.map((r) => r.kind)).toEqual([
      'header',
      'kpi',
      'wrapped',
      'kpi',
      'wrapped',
    ]);
    expect(report.unplaced).toEqual([]);
  });

  it('gives the actual the year under it, and the report year is that year; a text column left of the names is a level of the plan', () => {
    const report = read([
      '目標\t指標\t基準値\t目標値\t実績値\t評価',
      '\t\t（年度）\t（年度）\t（年度）\t',
      '１．健康長寿\t健康寿命（男）\t80.2歳\t81.0歳\t80.9歳\tB',
      '\t\t（H28）\t（R4）\t（R1）\t',
      '\t健康寿命（女）\t84.5歳\t85.0歳\t84.8歳\tB',
      '\t\t（H28）\t（R4）\t（R1）\t',
    ]);
    expect(report.fiscalYear).toBe(2019);
    expect(report.reading.columns[0]).toMatchObject({ role: 'theme' });
    expect(
      report.kpis.map((k) => k.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])),
    ).toEqual([[[2019, '80.9']], [[2019, '84.8']]]);
    expect(report.kpis[0]?.kpi.target).toMatchObject({ value: '81.0', fiscalYear: 2022 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('is not a KPI printed with no figures, nor a line of figures', () => {
    const report = read([
      ...table.slice(0, 2),
      '\t放課後児童クラブ定員\t\t\t\t',
      '\t相談件数\t10件\t20件\t12件\t60.0%',
    ]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '保育所待機児童',
      '放課後児童クラブ定員',
      '相談件数',
    ]);
  });

  it('is no wrap when its years stand under no figure of the row above: a line of its own, its years its values', () => {
    const report = read([
      '項目\t計画\t実績',
      '医業収益\t5,000\t4,800',
      '不良債務解消年度\t-\t-',
      '黒字化年度\tR3年度\tR3年度',
    ]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '医業収益',
      '不良債務解消年度',
      '黒字化年度',
    ]);
    expect(report.reading.rows.map((r) => r.kind)).toEqual(['header', 'kpi', 'kpi', 'kpi']);
  });
});

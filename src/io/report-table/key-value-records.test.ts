import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { readKeyValueRecords } from './key-value-records.ts';
import { placedCells } from './table-reading.ts';

const grid = (lines: readonly string[]) => readTsv('records.tsv', lines.join('\n'));

const RECORDS = [
  '施策1 指標の達成状況',
  '成果指標\t市民満足度',
  '基準値(H30)\t52.0%',
  '目標値(R6)\t60.0%',
  'R5実績値\t55.0%',
  '達成率\t37.5%',
  '',
  '成果指標\t転入者数',
  '基準値(H30)\t1,000人',
  '目標値(R6)\t1,200人',
  'R5実績値\t1,100人',
  '達成率\t50.0%',
];

describe('a KPI given as lines of 「項目 … 値」, one record after another', () => {
  it('reads each record as a KPI under the labels, every cell placed and every rate reproduced', () => {
    const report = importReportTable(grid(RECORDS));
    const result = checkReport(report);
    expect(result.kpis.map((k) => [k.title, k.printed, k.computed, k.match])).toEqual([
      ['市民満足度', '37.5%', '37.5%', true],
      ['転入者数', '50.0%', '50.0%', true],
    ]);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'baseline',
      'target',
      'actual',
      'rate',
    ]);
    expect(report.fiscalYear).toBe(2023);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    // The title, the 10 labels (5 read as the header, 5 as its copies) and the 10 values.
    const placed = placedCells(report.reading);
    expect(placed.filter((p) => p.field === 'title')).toHaveLength(1);
    expect(placed.filter((p) => p.field === 'header')).toHaveLength(10);
    expect(placed.filter((p) => !['title', 'header'].includes(p.field))).toHaveLength(10);
    expect(report.kpis[1]?.kpi).toMatchObject({
      baseline: { value: '1000', fiscalYear: 2018 },
      unit: '人',
    });
  });

  it('leaves a label a record does not print empty in its row', () => {
    const lines = RECORDS.filter((l) => l !== '基準値(H30)\t52.0%');
    const turned = readKeyValueRecords(grid(lines).rows);
    expect(turned?.rows.slice(-2).map((r) => r.cells)).toEqual([
      ['市民満足度', '60.0%', '55.0%', '37.5%', ''],
      ['転入者数', '1,200人', '1,100人', '50.0%', '1,000人'],
    ]);
  });

  it('is not a grid of two columns, nor lines whose labels name no figures', () => {
    expect(
      readKeyValueRecords(grid(['指標\tR5実績', '図書館利用者数\t150', '相談件数\t12']).rows),
    ).toBeNull();
    expect(readKeyValueRecords(grid(['指標\t市民満足度', '担当課\t企画課']).rows)).toBeNull();
    expect(readKeyValueRecords(grid([...RECORDS, '指標\t基準値\t目標値']).rows)).toBeNull();
  });

  it('reads a label and its value in one cell, split at a colon, leader dots or a space before a figure', () => {
    const oneCell = [
      '第2期総合戦略 KPIの達成状況',
      '成果指標：市民満足度',
      '  基準値(H30)：52.0%',
      '目標値(R6)……60.0%',
      'R5実績値 55.0%',
      '達成率 37.5%',
      '',
      '成果指標：転入者数',
      '基準値(H30)：1,000人',
      '目標値(R6)……1,200人',
      'R5実績値 1,100人',
      '達成率 50.0%',
    ];
    const report = importReportTable(grid(oneCell));
    expect(checkReport(report).kpis.map((k) => [k.title, k.printed, k.match])).toEqual([
      ['市民満足度', '37.5%', true],
      ['転入者数', '50.0%', true],
    ]);
    expect(report.reading.rows.find((r) => r.row === 1)?.kind).toBe('title');
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('is no record where a label comes twice in one, or a title line splits only at a space', () => {
    expect(readKeyValueRecords(grid([...RECORDS.slice(0, 6), '達成率\t40.0%']).rows)).toBeNull();
    // 「施策1 指標の達成状況」 is a title: its words after the space are no figure.
    const turned = readKeyValueRecords(grid(RECORDS).rows);
    expect(turned?.rows[0]?.cells).toEqual(['施策1 指標の達成状況']);
  });

  it('reads a 事後評価 sheet: a box of the plan, then per indicator its lines, the figures chained in one line', () => {
    const sheet = [
      '事後評価報告シート',
      '①計画の名称\tA町地域住宅計画',
      '②計画期間\t平成26年度 ~ 30年度',
      '③計画の目標\t町営住宅の改善を重点的に進める。',
      '2.事後評価の内容',
      '指標①:「町営住宅の改善戸数」',
      '定 義:外壁を改善した町営住宅の戸数',
      '評価方法:事業実績による',
      '結 果:従前値:40 戸(26 年度)⇒目標値:60 戸(30 年度)⇒実績値:54 戸(90%)',
      '結果の分析:概ね計画どおり。',
      '指標②:「町営住宅のバリアフリー化率」',
      '定 義:対象戸数のうち改修済の割合',
      '評価方法:事業実績による',
      '結 果:従前値:20%(26 年度)⇒目標値:50%(30 年度)',
      '⇒実績値:45%(90 戸/200 戸)(平成 30 年度末)',
      '結果の分析:一部を次期計画へ。',
    ];
    const report = importReportTable(grid(sheet));
    const result = checkReport(report);
    expect(result.kpis.map((k) => [k.code, k.title, k.printed, k.computed, k.match])).toEqual([
      ['①', '町営住宅の改善戸数', '90%', '90%', true],
      ['②', '町営住宅のバリアフリー化率', null, '90%', null],
    ]);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'narrative',
      'narrative',
      'baseline',
      'target',
      'actual',
      'narrative',
    ]);
    expect(report.kpis[1]?.kpi).toMatchObject({ baseline: { value: '20', fiscalYear: 2014 } });
    expect(report.kpis[1]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2018, '45'],
    ]);
    expect(report.unplaced).toEqual([]);
    // The box's labels and values, each a title line: none of them the header (③ names 目標 and 重点).
    const titles = placedCells(report.reading).filter((p) => p.field === 'title');
    expect(titles.filter((p) => p.row >= 2 && p.row <= 4)).toHaveLength(6);
  });
});

describe('blocks each under its heading with a header 「項目 | 令和5年度」 of their own', () => {
  const blocks = [
    '令和5年度 行政改革推進計画 取組結果',
    '【取組1】 公共施設使用料の見直し',
    '項目\t令和5年度',
    '計画\t見直し件数 12件',
    '実績\t見直し件数 9件',
    '達成率\t75.0%',
    '【取組2】 補助金の見直し',
    '項目\t令和5年度',
    '計画\t削減額 3,500万円',
    '実績\t削減額 4,120万円',
    '達成率\t117.7%',
  ];

  it('are no records: 「項目 | 令和5年度」 names the year of the block’s column, no KPI', () => {
    expect(readKeyValueRecords(grid(blocks).rows)).toBeNull();
  });

  it('are read a KPI a block, each rate against its own block’s plan', () => {
    const report = importReportTable(grid(blocks));
    expect(report.kpis.map((k) => [k.kpi.target?.value, k.kpi.unit, k.row])).toEqual([
      ['12', '件', 2],
      ['3500', '万円', 7],
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

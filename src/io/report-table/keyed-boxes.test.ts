import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { joinKeyedBoxes } from './keyed-boxes.ts';

// A made-up 総合戦略 数値目標評価シート laid out as 宇陀市's: three boxes keyed by the same labels.
const lines = [
  '○○町まち・ひと・しごと創生総合戦略 数値目標評価シート',
  '基本目標\tしごと 稼ぐ力のあるまち',
  '\t指標名\t基準値 (平成26年度)\t目標値 (平成31年度)\tKPI所管課',
  'KPI(1)\t新規就農者数\t2\t10\t農林課',
  'KPI(2)\t観光入込客数\t120\t150\t商工観光課',
  '年度\t策定時\tH27\tH28\t単位',
  'KPI(1)\t2\t4\t5\t人',
  'KPI(2)\t120\t126\t135\t千人',
  '年度\t\tH27\tH28',
  'KPI(1)\t達成率\t40.0%\t50.0%',
  '\t達成状況 評価\tD\tD',
  'KPI(2)\t達成率\t84.0%\t90.0%',
  '\t達成状況 評価\tB\tB',
  '達成率=指標の実績値÷指標の目標値',
];
const read = (text: string[]) => importReportTable(readTsv('hyoka-h28.tsv', text.join('\n')));

describe('boxes one under another keyed by the same labels (総合戦略 数値目標評価シート)', () => {
  it('joins each key’s lines of every box into one KPI: names, figures by year, rates and grades', () => {
    const report = read(lines);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['新規就農者数', '観光入込客数']);
    const summary = checkReport(report).summary;
    expect(summary.printed).toBe(2);
    expect(summary.matched).toBe(2);
    // The report year's grade is the KPI's; an earlier year's kept as printed beside it.
    expect(report.kpis.map((k) => k.printedGrade)).toEqual(['D', 'B']);
    expect(report.kpis[1]?.kpi.extras).toContainEqual({ label: '達成状況 評価 H27', text: 'B' });
    expect(report.kpis[1]?.kpi.actuals.map((a) => a.figure.value)).toEqual(['126', '135']);
  });

  it('reads 「KPI所管課」 as the department, not the KPIs’ names', () => {
    const report = read(lines);
    expect(report.kpis[1]?.kpi.departments).toEqual(['商工観光課']);
  });

  it('leaves boxes whose keys are kinds of figure to the rewrites of blocks (計画 / 実績 in each)', () => {
    const kinds = lines.map((l) => l.replace('KPI(1)', '計画').replace('KPI(2)', '実績'));
    const report = read(kinds);
    expect(report.kpis.map((k) => k.kpi.title)).not.toEqual(['新規就農者数', '観光入込客数']);
  });

  it('takes no KPI row for a box’s header: codes numbered again under each theme are no keys of boxes', () => {
    const numbered = [
      '番号\t指標\t基準値\t実績値\t目標値',
      '1\t移住者数\t10\t12\t20',
      '2\t空き家バンク登録数\t5\t8\t15',
      '3\t観光入込客数\t100\t110\t150',
      '1\t出生数\t80\t78\t90',
      '2\t保育所待機児童数\t3\t1\t0',
    ];
    expect(joinKeyedBoxes(readTsv('numbered.tsv', numbered.join('\n')).rows)).toBeNull();
  });
});

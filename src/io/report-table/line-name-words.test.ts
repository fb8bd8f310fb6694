import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { nameAndWord, splitLineNameWords } from './line-name-words.ts';

const tsv = (lines: readonly string[]) => readTsv('kaigo-r3.tsv', lines.join('\n'));

// A 介護保険事業計画's services, each over three lines named by the service and the line's word.
const table = (plan: string, result: string, rate: string) => [
  '区分\t2019年度\t2020年度\t2021年度',
  `訪問介護 ${plan}\t5,200\t5,400\t5,600`,
  `訪問介護 ${result}\t4,980\t5,120\t5,300`,
  `訪問介護 ${rate}\t95.8%\t94.8%\t94.6%`,
  `通所介護 ${plan}\t3,100\t3,200\t3,300`,
  `通所介護 ${result}\t3,260\t3,150\t3,000`,
  `通所介護 ${rate}\t105.2%\t98.4%\t90.9%`,
];

describe('a KPI’s lines named by its name and the line’s word in one cell (「訪問介護 計画」)', () => {
  it('reads each service as one KPI by the words it knows (計画 / 実績 / 計画比)', () => {
    const report = importReportTable(tsv(table('計画', '実績', '計画比')));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['訪問介護', '通所介護']);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(checkReport(report).yearRates).toEqual({ printed: 4, matched: 4 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('reads words no rule knows by what the rates say (見込量 / 利用量 / 対見込比)', () => {
    const report = importReportTable(tsv(table('見込量', '利用量', '対見込比')));
    expect(report.kpis.map((k) => k.kpi.actuals.map((a) => a.figure.value))).toEqual([
      ['4980', '5120', '5300'],
      ['3260', '3150', '3000'],
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    // Every place is the file's: the lines' rows, the first column.
    expect(report.kpis.map((k) => k.row)).toEqual([2, 5]);
  });

  it('splits a word in brackets or after a full-width space', () => {
    expect(nameAndWord('訪問介護（見込量）')).toEqual({ name: '訪問介護', word: '見込量' });
    expect(nameAndWord('訪問介護\u3000利用量')).toEqual({ name: '訪問介護', word: '利用量' });
    expect(nameAndWord('訪問介護 令和3年')).toBeNull();
  });

  it('leaves lines alone that print no rate (「転入 男」 / 「転入 女」) or are one KPI’s', () => {
    const people = [
      '区分\tR3\tR4',
      '転入 男\t120\t130',
      '転入 女\t110\t125',
      '転出 男\t140\t150',
      '転出 女\t135\t128',
    ];
    expect(splitLineNameWords(tsv(people).rows)).toBeNull();
    expect(splitLineNameWords(tsv(table('計画', '実績', '計画比').slice(0, 4)).rows)).toBeNull();
    // Words that differ from one KPI to the next are no cycle of lines.
    const uneven = table('計画', '実績', '計画比').map((l) =>
      l.replace('通所介護 計画\t', '通所介護 見込\t'),
    );
    expect(splitLineNameWords(tsv(uneven).rows)).toBeNull();
  });
});

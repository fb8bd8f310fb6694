import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { LINE_WORD, lineWord } from './line-words.ts';

const read = (lines: readonly string[]) => importReportTable(readTsv('t.tsv', lines.join('\n')));

describe('the words naming a KPI’s lines', () => {
  it('knows the result over the plan by the words 介護保険事業計画 print it with', () => {
    for (const word of ['対計画比', '計画比', '対目標比', '計画対比', '達成割合', '進捗度'])
      expect(LINE_WORD.test(lineWord(word))).toBe(true);
    expect(LINE_WORD.test(lineWord('（対計画比）'))).toBe(true);
    // Words that name no line of figures.
    for (const word of ['計画比較', '評価の理由', '備考'])
      expect(LINE_WORD.test(lineWord(word))).toBe(false);
  });

  it('reads a 対計画比 line under each year as that year’s rates, the report year’s the KPI’s', () => {
    const report = read([
      '指標\t平成29年度\t平成30年度\t令和元年度',
      '相談件数（計画）\t2,400\t2,500\t2,600',
      '相談件数（実績）\t2,350\t2,610\t2,580',
      '対計画比\t97.9%\t104.4%\t99.2%',
    ]);
    const [kpi] = report.kpis;
    expect(kpi?.printedRateText).toBe('99.2%');
    expect(kpi?.inference.kind).toBe('matched');
    expect(kpi?.yearRates.map((r) => [r.printed, r.match])).toEqual([
      ['97.9%', true],
      ['104.4%', true],
    ]);
    expect(report.unplaced).toEqual([]);
  });

  it('reads a line named 見込 alone as the aim, as 見込値 is (新庄市 事務事業評価: 目標 / 計画 / 見込 over 実績 / 達成率)', () => {
    expect(LINE_WORD.test(lineWord('見込'))).toBe(true);
    expect(LINE_WORD.test(lineWord('見込み'))).toBe(true);
    const report = read([
      '区分\t指標名称\t年度\tH26\tH27\tH28\tH32',
      '成果指標\t図書館の貸出人数(人)\t目標\t\t\t\t32,000',
      '\t\t実績\t31,862\t31,824\t31,239\t',
      '\t\t達成率\t99.6%\t99.5%\t97.6%\t',
      'その他 (対象指標)\t利用者数(人)\t見込\t\t\t\t95,000',
      '\t\t実績\t96,227\t91,796\t89,164\t',
      '\t\t達成率\t\t\t\t',
    ]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['図書館の貸出人数(人)', '利用者数(人)']);
    // The aims' column holds no result: the report year is the latest result's, H28.
    expect(report.fiscalYear).toBe(2016);
    expect(report.kpis[1]?.kpi.actuals.map((a) => a.figure.value)).toEqual([
      '96227',
      '91796',
      '89164',
    ]);
    expect(report.kpis[0]?.yearRates.map((r) => [r.printed, r.match])).toEqual([
      ['99.6%', true],
      ['99.5%', true],
      ['97.6%', true],
    ]);
    expect(report.unplaced).toEqual([]);
  });
});

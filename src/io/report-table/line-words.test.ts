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
});

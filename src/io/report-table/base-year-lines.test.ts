import { describe, expect, it } from 'vitest';
import { contentRows } from '../grid.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { readBaseYearLines } from './base-year-lines.ts';
import { importReportTable } from './import-report-table.ts';

const tsv = (lines: readonly string[]) => readTsv('t.tsv', lines.join('\n'));
const rows = (lines: readonly string[]) => contentRows(tsv(lines).rows);

/** 多久市 地球温暖化対策実行計画: a 目標 list, then the 結果 lines, each year with its change on H16. */
const TAKU = [
  '温室効果ガス総排出量の現状と目標',
  '目標',
  '基準年度(平成16年度)\t6,590,637kg\t395,438kg(6%)の削減',
  '目標年度(平成22年度)\t6,195,199kg',
  '結果',
  '基準年度(平成16年度)\t6,590,637kg\tH22までに△6%',
  '平成18年度\t6,081,811kg\t△7.72%',
  '平成19年度\t6,407,917kg\t△2.82%',
  '平成20年度\t6,521,337kg\t△1.05%',
  '平成21年度\t5,747,931kg\t△12.79%',
  '平成22年度\t5,459,647kg\t△17.16%',
];

describe('one KPI as lines of years against a base year, with no header', () => {
  it('reads the base year as the baseline, each year as its actual and its change, the target year as the target (多久市)', () => {
    const report = importReportTable(tsv(TAKU));
    const [kpi] = report.kpis.map((k) => k.kpi);
    expect(report.kpis).toHaveLength(1);
    expect(kpi).toMatchObject({
      title: '温室効果ガス総排出量の現状と目標',
      unit: 'kg',
      direction: 'decrease',
      baseline: { value: '6590637', fiscalYear: 2004 },
      target: { kind: 'value', value: '6195199', fiscalYear: 2010 },
    });
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2006, '6081811'],
      [2007, '6407917'],
      [2008, '6521337'],
      [2009, '5747931'],
      [2010, '5459647'],
    ]);
    expect(report.fiscalYear).toBe(2010);
    expect(checkReport(report).kpis[0]).toMatchObject({ printed: '-17.16%', computed: '-17.16%' });
    // The notes of the base line kept under its label, the year rates as printed beside them.
    expect(kpi?.extras.map((e) => e.text)).toEqual([
      '395,438kg(6%)の削減',
      'H22までに△6%',
      '△7.72%',
      '△2.82%',
      '△1.05%',
      '△12.79%',
    ]);
    // H19's △2.82% is no change on H16 ((6,407,917 − 6,590,637) ÷ 6,590,637 = −2.77%): a misprint.
    expect(report.unplaced).toEqual([]);
    expect(report.problems.map((p) => [p.kind, p.row, p.column])).toEqual([['rate', 8, 3]]);
  });

  it('reads lines of one cell, 「・平成26年度排出量:6,678t-CO2(基準年比 1.0%増加)」, a KPI per base year (阿波市)', () => {
    const report = importReportTable(
      tsv([
        '【 第2次 阿波市地球温暖化実行計画(事務事業編) 】',
        '○削減目標:基準年度排出量に対して平成30年度2.7%削減',
        '・平成25年度排出量:6,615t-CO2(基準年度)',
        '・平成26年度排出量:6,678t-CO2(基準年比 1.0%増加)',
        '・平成27年度排出量:6,447t-CO2(基準年比 2.5%削減',
        '・平成28年度排出量:平成32年1月公表予定',
        '参考',
        '第1次 阿波市地球温暖化実行計画(事務事業編)',
        '・平成19年度排出量:4,154t-CO2(基準年度)',
        '・平成20年度排出量:4,103t-CO2(基準年比 1.2%削減',
        '・平成21年度排出量:4,066t-CO2(基準年比 2.1%削減',
        '・平成22年度排出量:4,180t-CO2(基準年比 0.6%増加)',
        '・平成23年度排出量:4,477t-CO2(基準年比 0.6%増加)',
      ]),
    );
    const kpis = report.kpis.map((k) => k.kpi);
    expect(kpis.map((k) => [k.title, k.unit, k.baseline?.value])).toEqual([
      ['【 第2次 阿波市地球温暖化実行計画(事務事業編) 】', 't-CO2', '6615'],
      ['第1次 阿波市地球温暖化実行計画(事務事業編)', 't-CO2', '4154'],
    ]);
    expect(checkReport(report).kpis[0]).toMatchObject({ printed: '-2.5%', computed: '-2.5%' });
    expect(kpis[0]?.extras.map((e) => e.text)).toContain('平成32年1月公表予定');
    // 第1次's rates are the years' changes on H19, but H23's is printed again from the line above.
    expect(kpis[1]?.formula).toBe('change');
    expect(report.problems.map((p) => [p.kind, p.row])).toEqual([['rate', 13]]);
    expect(report.unplaced).toEqual([]);
  });

  it('leaves lines with a header, two base figures, or a single year to the other readings', () => {
    expect(readBaseYearLines(rows(TAKU))).not.toBeNull();
    expect(readBaseYearLines(rows(['指標\t実績値', ...TAKU]))).toBeNull();
    const twoBases = TAKU.map((l) => l.replace('6,590,637kg\tH22', '6,590,638kg\tH22'));
    expect(readBaseYearLines(rows(twoBases))).toBeNull();
    expect(readBaseYearLines(rows(TAKU.slice(0, 7)))).toBeNull();
  });
});

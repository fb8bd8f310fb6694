import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const read = (rateHeader: string, rates: readonly [string, string]) =>
  importReportTable(
    readTsv(
      'percent-r4.tsv',
      [
        `指標\t基準値\t目標値\tR4実績\t${rateHeader}`,
        `① 相談件数\t10\t20\t18\t${rates[0]}`,
        `② 参加者数\t100\t200\t120\t${rates[1]}`,
      ].join('\n'),
    ),
  );

describe('a column of percentages whose header names no rate', () => {
  it('is read as the rates where the figures reproduce them (18 ÷ 20 = 90.0%), and says so', () => {
    const report = read('進捗状況', ['90.0%', '60.0%']);
    expect(report.reading.columns[4]).toMatchObject({ role: 'rate' });
    expect(report.reading.columns[4]?.because).toBe(
      'its cells are rates ("90.0%"), which the figures reproduce',
    );
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
  });

  it('is read so from a grade column whose cells print each grade with its rate (評価 「A（90.0%）」)', () => {
    const report = read('評価', ['A（90.0%）', 'C（60.0%）']);
    expect(report.reading.columns[4]).toMatchObject({ role: 'rate' });
    expect(report.kpis.map((k) => [k.printedRate?.text, k.printedGrade])).toEqual([
      ['90.0%', 'A'],
      ['60.0%', 'C'],
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    // Grades alone stay the grades.
    expect(read('評価', ['A', 'C']).reading.columns[4]).toMatchObject({ role: 'grade' });
    // Rates alone under 評価, a dash for a KPI with none this year, are the rates too.
    const plain = importReportTable(
      readTsv(
        'graded-r4.tsv',
        [
          '指標\t基準値\t目標値\tR4実績\t評価',
          '① 相談件数\t10\t20\t18\t90.0%',
          '② 参加者数\t100\t200\t120\t60.0%',
          '③ 登録者数\t50\t80\t―\t―',
        ].join('\n'),
      ),
    );
    expect(plain.reading.columns[4]).toMatchObject({ role: 'rate' });
    expect(plain.kpis.map((k) => k.printedRate?.text ?? null)).toEqual(['90.0%', '60.0%', null]);
    expect(plain.unplaced).toEqual([]);
  });

  it('is read so from bare figures under a header stating % (達成状況(%): 90.0, 60.0)', () => {
    const report = read('達成状況(%)', ['90.0', '60.0']);
    expect(report.reading.columns[4]).toMatchObject({ role: 'rate' });
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    const stated = read('達成状況（単位：％）', ['90.0', '60.0']);
    expect(stated.reading.columns[4]).toMatchObject({ role: 'rate' });
    // Bare figures under a header that states no % are no rates: 18 of 20 is not 90.0 of them.
    const counts = read('進捗状況', ['90.0', '60.0']);
    expect(counts.reading.columns[4]?.role).not.toBe('rate');
  });

  it('stays as it was where nothing reproduces them (構成比, a share of the whole)', () => {
    const report = read('構成比', ['30.0%', '70.0%']);
    expect(report.reading.columns[4]).toMatchObject({ role: 'other' });
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 0, matched: 0 });
    expect(report.kpis[0]?.kpi.extras).toContainEqual({ label: '構成比', text: '30.0%' });
  });

  it('is a rate by its words where they say 対目標比, 目標比 or 実績/目標 (not a target or an actual)', () => {
    for (const header of ['対目標比', '目標比', '実績/目標', '進ちょく率', '目標に対する割合']) {
      const report = read(header, ['90.0%', '60.0%']);
      expect([header, report.reading.columns[4]?.role]).toEqual([header, 'rate']);
      expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    }
  });

  it('is no rate where its header is a ratio to the year before (前年度比: this year over last)', () => {
    // R5 over R4 reproduces 前年度比 only if R5's actual is read as the target: it must not be.
    const table = [
      '指標\tR4実績\tR5実績\t前年度比\tR5目標',
      '図書貸出冊数\t412,000\t436,000\t105.8%\t450,000',
      '来館者数\t198,000\t185,000\t93.4%\t220,000',
    ];
    const report = importReportTable(readTsv('yoy.tsv', table.join('\n')));
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'actual',
      'actual',
      'other',
      'target',
    ]);
    expect(report.reading.columns[3]?.because).toBe('a ratio to the year before');
    expect(report.kpis.map((k) => k.kpi.direction)).toEqual(['increase', 'increase']);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 0, matched: 0 });
  });
  it('is read so with a cell the copy lost (「?」) among its rates, a gap as a dash is', () => {
    const report = importReportTable(
      readTsv(
        'lost-r4.tsv',
        [
          '指標\t基準値\t目標値\tR4実績\t進み具合',
          '① 相談件数\t10\t20\t18\t90.0%',
          '② 参加者数\t100\t200\t120\t?',
          '③ 講座数\t5\t10\t8\t80.0%',
        ].join('\n'),
      ),
    );
    expect(report.reading.columns[4]).toMatchObject({ role: 'rate' });
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 2, matched: 2 });
  });

  it('is no rate where its header compares with the year before in any order (増減率(対前年))', () => {
    for (const header of ['増減率(対前年)', '前年度実績比', '伸び率(前年度比)'])
      expect(read(header, ['90.0%', '60.0%']).reading.columns[4]?.role).toBe('other');
  });

  it('is read so under each year’s block where the same words head the percentages of each year', () => {
    // 介護保険事業計画's 推計 beside its 実績, a ratio under each year the words do not name.
    const report = importReportTable(
      readTsv(
        'kaigo-h16.tsv',
        [
          '区分\t平成15年\t\t\t平成16年\t\t',
          '\t第2次計画 の推計\t実績\t(対見積り比)\t第2次計画 の推計\t実績\t(対見積り比)',
          '要支援\t642人\t699人\t(108.9%)\t678人\t861人\t(127.0%)',
          '要介護1\t1,592人\t1,892人\t(118.8%)\t1,684人\t2,313人\t(137.4%)',
        ].join('\n'),
      ),
    );
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'target',
      'actual',
      'rate',
      'target',
      'actual',
      'rate',
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(checkReport(report).yearRates).toEqual({ printed: 2, matched: 2 });
  });

  it('is read so with a dash where no rate could be made (B/A 「-」 under a target of 0t)', () => {
    const report = importReportTable(
      readTsv(
        'dash-r4.tsv',
        [
          '指標\t現状\t目標(A)\t実績(B)\tB/A',
          '総資源化量\t7,635t\t8,843t\t6,326t\t71.5%',
          '直接資源化量\t0t\t0t\t2,504t\t-',
          '集団回収量\t1,000t\t1,200t\t1,140t\t95.0%',
        ].join('\n'),
      ),
    );
    expect(report.reading.columns[4]).toMatchObject({ role: 'rate' });
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 2, matched: 2 });
    // A column of dashes alone is no column of rates.
    expect(read('B/A', ['-', '-']).reading.columns[4]?.role).not.toBe('rate');
  });
});

describe('a KPI’s line of rates under each year, named by no rate word (障害福祉計画 見込量 / 実績 / 割合)', () => {
  it('reads every year’s 割合 as that year’s rates, not the latest alone, a year with none printed yet left out', () => {
    const report = importReportTable(
      readTsv(
        'shougai-r4.tsv',
        [
          '第6期障害福祉計画 サービス見込量と実績の推移',
          'サービス名\t区分\t令和3年度\t令和4年度\t令和5年度',
          '居宅介護（時間/月）\t見込量\t2,300\t2,380\t2,450',
          '\t実績\t2,156\t2,210\t',
          '\t割合\t93.7%\t92.9%\t',
          '短期入所（人日/月）\t見込量\t380\t395\t410',
          '\t実績\t301\t342\t',
          '\t割合\t79.2%\t86.6%\t',
        ].join('\n'),
      ),
    );
    const check = checkReport(report);
    expect(check.summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(check.yearRates).toEqual({ printed: 2, matched: 2 });
    expect(report.reading.columns.filter((c) => c.role === 'rate').map((c) => c.label)).toEqual([
      '割合 令和3年度',
      '割合 令和4年度',
    ]);
    expect(report.problems).toEqual([]);
  });
});

describe('shares under a header of two lines whose upper line names the rate', () => {
  // A 北海道 市's 統計書 3)水洗化普及状況: 「水洗化率」 over 「世帯数 | 人 口」, bare figures.
  const rows = [
    '年 度\t水洗化可能区域\t\t水 洗 化\t\t水洗化率\t',
    '\t世帯数\t人 口\t世帯数\t人 口\t世帯数\t人 口',
    '令和元年\t32961\t68205\t32890\t68063\t99.8\t99.8',
    '2\t33388\t68356\t33326\t68233\t99.8\t99.8',
    '3\t33755\t68374\t33697\t68258\t99.8\t99.8',
  ];

  it('reads the columns under it as rates, though their own words are a count’s', () => {
    const report = importReportTable(readTsv('suisenka-r3.tsv', rows.join('\n')));
    expect(report.reading.columns[5]).toMatchObject({ role: 'rate' });
    expect(report.reading.columns[6]).toMatchObject({ role: 'rate' });
    expect(report.unplaced).toEqual([]);
  });

  it('reckons each on the columns its own words head under the other headings, a KPI each', () => {
    const report = importReportTable(readTsv('suisenka-r3.tsv', rows.join('\n')));
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'target',
      'target',
      'actual',
      'actual',
      'rate',
      'rate',
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 6, printed: 6, matched: 6 });
    // 世帯数: 32,890 ÷ 32,961; 人 口: 68,063 ÷ 68,205.
    expect(report.kpis.slice(0, 2).map((k) => k.kpi.target?.value)).toEqual(['32961', '68205']);
    expect(report.problems).toEqual([]);
  });

  it('is no rate where the upper line names a count: no column of rates, no header', () => {
    const counts = rows.map((r) => r.replace('水洗化率', '水洗化人数'));
    expect(() => importReportTable(readTsv('suisenka-r3.tsv', counts.join('\n')))).toThrow(
      /no header row found/,
    );
  });
});

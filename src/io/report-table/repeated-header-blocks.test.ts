import { describe, expect, it } from 'vitest';
import { contentRows } from '../grid.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { splitHeaderBlocks } from './header-blocks.ts';
import { importReportTable } from './import-report-table.ts';

const tsv = (lines: readonly string[]) => readTsv('t.tsv', lines.join('\n'));
const rows = (lines: readonly string[]) => contentRows(tsv(lines).rows);

/** 福島市 評価指標, two of its blocks: a number line, the name, the header again, the indicator. */
const FUKUSHIMA = [
  '指標1',
  '観光客入込数(年間)',
  '指標(KPI)\t現状値 (平成26年)\t目標値 (平成32年)',
  '観光客入込数(年間)\t635万人\t670万人',
  '指標2',
  '花をテーマにした観光客誘致(年間)',
  '指標(KPI)\t現状値 (平成26年)\t目標値 (平成32年)',
  '花をテーマにした観光客誘致(年間)\t33万人\t45万人',
];

/** 鳥取県 工程表: per indicator a heading, the header again, a line of values and one of their years. */
const TOTTORI = [
  '指標1',
  '\t基準値\t年度当初値\t今年度目標値\t今年度実績値\t長期的目標値',
  '数値\t366\t1,256\t1,301\t\t3,000ha',
  '時点\tR元\tR3\tR4\t\tR7',
  '指標2',
  '\t基準値\t年度当初値\t今年度目標値\t今年度実績値\t長期的目標値',
  '数値\t65,500t\t\t63,000t\t\t',
  '時点\tR2\t\tR4\t\t',
];

describe('blocks under one header printed again, each under its heading', () => {
  it('福島市: each block’s row a KPI under the header read once, the headings title lines', () => {
    const turned = splitHeaderBlocks(rows(FUKUSHIMA));
    expect(turned?.rows.map((r) => r.cells[0])).toEqual([
      '指標1',
      '観光客入込数(年間)',
      '指標2',
      '花をテーマにした観光客誘致(年間)',
      '指標(KPI)',
      '観光客入込数(年間)',
      '花をテーマにした観光客誘致(年間)',
    ]);
    // The second header is a copy of the first, read once.
    expect(turned?.copies?.(5, 2)).toEqual([{ row: 7, column: 2 }]);
    expect(turned?.origin(7, 3)).toEqual({ row: 8, column: 3 });
    const report = importReportTable(tsv(FUKUSHIMA), { fiscalYear: fiscalYear(2014) });
    expect(
      report.kpis.map((k) => [k.kpi.title, k.kpi.baseline?.value, k.kpi.target?.value]),
    ).toEqual([
      ['観光客入込数(年間)', '635', '670'],
      ['花をテーマにした観光客誘致(年間)', '33', '45'],
    ]);
    expect(report.reading.rows.map((r) => [r.row, r.kind])).toEqual([
      [1, 'title'],
      [2, 'title'],
      [3, 'header'],
      [4, 'kpi'],
      [5, 'title'],
      [6, 'title'],
      [7, 'header'],
      [8, 'kpi'],
    ]);
    expect(report.unplaced).toEqual([]);
  });

  it('鳥取県: lines labelled alike in every block (数値, 時点) make each block one KPI named by its heading', () => {
    const turned = splitHeaderBlocks(rows(TOTTORI));
    expect(turned?.rows[0]?.cells).toEqual([
      '',
      '数値 基準値',
      '数値 年度当初値',
      '数値 今年度目標値',
      '数値 今年度実績値',
      '数値 長期的目標値',
      '時点 基準値',
      '時点 年度当初値',
      '時点 今年度目標値',
      '時点 今年度実績値',
      '時点 長期的目標値',
    ]);
    expect(turned?.rows[1]?.cells.slice(0, 7)).toEqual([
      '指標1',
      '366',
      '1,256',
      '1,301',
      '',
      '3,000ha',
      'R元',
    ]);
    // The first line's columns are read by their words; the later lines' kept as printed.
    expect(turned?.given?.(1, 2)).toBeNull();
    expect(turned?.given?.(1, 7)?.role).toBe('other');
    // The line labels and the second header stand under the header's cells.
    expect(turned?.copies?.(1, 2)).toEqual([
      { row: 6, column: 2 },
      { row: 3, column: 1 },
      { row: 7, column: 1 },
    ]);
    const report = importReportTable(tsv(TOTTORI), { fiscalYear: fiscalYear(2022) });
    const kpis = report.kpis.map((k) => k.kpi);
    // 指標2 prints no 長期的目標値: the R4 target it prints is the one it has (milestone-target.ts).
    expect(kpis.map((k) => [k.title, k.unit, k.baseline?.value, k.target?.value ?? null])).toEqual([
      ['指標1', 'ha', '366', '3000'],
      ['指標2', 't', '65500', '63000'],
    ]);
    expect(kpis[0]?.extras).toContainEqual({ label: '時点 基準値', text: 'R元' });
    // The 時点 line prints the years of the figures above it: 366 of R1, 1,301 of R4, 3,000 of R7.
    expect(turned?.given?.(1, 7)).toMatchObject({ role: 'other', yearsOf: 2 });
    expect(kpis[0]?.baseline).toEqual({ value: '366', fiscalYear: 2019 });
    expect(kpis[0]?.milestones.map((m) => [m.fiscalYear, m.figure.value])).toEqual([
      [2022, '1301'],
    ]);
    expect(kpis[0]?.target).toMatchObject({ value: '3000', fiscalYear: 2025 });
    expect(kpis[1]?.baseline).toEqual({ value: '65500', fiscalYear: 2020 });
    expect(report.reading.rows.map((r) => [r.row, r.kind])).toEqual([
      [1, 'kpi'],
      [2, 'header'],
      [3, 'kpi'],
      [4, 'kpi'],
      [5, 'kpi'],
      [6, 'header'],
      [7, 'kpi'],
      [8, 'kpi'],
    ]);
    expect(report.unplaced).toEqual([]);
  });

  it('names each block’s KPI by the name after its label (「成果指標名 | 市民農園利用者数」), the label kept as printed', () => {
    const report = importReportTable(
      tsv([
        '成果指標名\t市民農園利用者数\t\t',
        '\tR3\tR4\tR5',
        '目標値\t100\t110\t120',
        '実績値\t95\t105\t114',
        '成果指標名\t相談件数\t\t',
        '\tR3\tR4\tR5',
        '目標値\t50\t55\t60',
        '実績値\t40\t50\t66',
      ]),
    );
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['市民農園利用者数', '相談件数']);
    expect(report.unplaced).toEqual([]);
  });

  it('reads lines named as kinds of figure (計画, 実績, 達成率) as such in every block', () => {
    const report = importReportTable(
      tsv([
        '指標1 観光入込客数',
        '\tH28\tH29',
        '計画\t100\t110',
        '実績\t95\t121',
        '達成率\t95.0%\t110.0%',
        '指標2 移住相談件数',
        '\tH28\tH29',
        '計画\t20\t25',
        '実績\t18\t20',
        '達成率\t90.0%\t80.0%',
      ]),
    );
    // 計画 is a header word of its own (a plan: 八街市 計画 | 実績 | 比較), so the blocks are read as
    // 小坂町's are (header-blocks.ts: each a KPI, its lines kinds of figure read across), the
    // columns year by year.
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'target',
      'actual',
      'rate',
      'target',
      'actual',
      'rate',
    ]);
    expect(checkReport(report).kpis.map((k) => [k.title, k.computed, k.match])).toEqual([
      ['指標1 観光入込客数', '110.0%', true],
      ['指標2 移住相談件数', '80.0%', true],
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  /** Two indicators, each headed by its kind and name, the first graded, years bare under 平成(年度). */
  const KIND_NAMED = [
    '成果指標\t図書館の年間貸出冊数',
    '自己評価\tB',
    '平成(年度)\t25\t26\t27',
    '目標\t-\t1,000冊\t1,000冊',
    '実績\t900冊\t950冊\t1,100冊',
    '目標と実績の比較\t-\t△50冊\t100冊',
    '活動指標\t読み聞かせ会の開催回数',
    '平成(年度)\t25\t26\t27',
    '目標\t12回\t12回\t12回',
    '実績\t10回\t13回\t12回',
    '目標と実績の比較\t△2回\t1回\t0回',
  ];

  it('reads blocks headed by a kind and a name (成果指標 | …), a grade line under the first, over bare years, their difference line checked', () => {
    const report = importReportTable(tsv(KIND_NAMED));
    const checked = checkReport(report);
    expect(checked.kpis.map((k) => [k.title, k.computed])).toEqual([
      // Named by the heading's words, the kind of indicator first.
      ['成果指標 図書館の年間貸出冊数', '110%'],
      ['活動指標 読み聞かせ会の開催回数', '100%'],
    ]);
    // The bare years under the corner 平成(年度) are that era's fiscal years.
    expect(report.reading.fiscalYear).toMatchObject({ year: 2015, source: 'inferred' });
    expect(report.kpis[0]?.kpi.actuals.map((a) => a.fiscalYear)).toEqual([2013, 2014, 2015]);
    // The latest year's difference is the KPI's; the earlier years' are each checked against
    // their year's plan and kept as printed (`year-differences.ts`), no longer written over.
    expect(report.reading.columns.filter((c) => c.role === 'difference')).toHaveLength(3);
    expect(report.kpis[1]?.kpi.extras).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: '△2回' }),
        expect.objectContaining({ text: '1回' }),
      ]),
    );
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('says where a printed difference of the two lines is not their difference', () => {
    const wrong = KIND_NAMED.map((l) =>
      l === '目標と実績の比較\t△2回\t1回\t0回' ? '目標と実績の比較\t△2回\t1回\t5回' : l,
    );
    const report = importReportTable(tsv(wrong));
    expect(report.problems.map((p) => p.kind)).toEqual(['difference']);
  });

  it('leaves blocks with no heading, or under headers not alike, to the other readings', () => {
    expect(splitHeaderBlocks(rows(FUKUSHIMA.filter((l) => l.includes('\t'))))).toBeNull();
    const other = [...FUKUSHIMA];
    other[6] = '指標(KPI)\t現状値 (平成27年)\t目標値 (平成32年)';
    expect(splitHeaderBlocks(rows(other))).toBeNull();
  });
});

describe('the years of a block’s figures printed as spans (鳥取県 工程表 鳥獣対策センター R2)', () => {
  // A base averaged over five years and a target summed over three, beside years of their own.
  const spans = [
    '指標1',
    '\t基準値\t年度当初値\t今年度目標値\t今年度実績値\t長期的目標値',
    '数値\t2,389頭\t4,676頭\t4,500頭\t6,076頭\t13,500頭',
    '時点\tH23\tH30\tR2\tR1\tR1〜R3の合計',
    '指標2',
    '\t基準値\t年度当初値\t今年度目標値\t今年度実績値\t長期的目標値',
    '数値\t100,784千円\t81,000千円\t65,000千円\t73,416千円\t65,000千円',
    '時点\tH20-H24の平均\tH30\tR2\tR1\tR1',
  ];

  it('is still a line of years: the actual of the year it names, the spans’ figures of no one year', () => {
    const report = importReportTable(tsv(spans));
    expect(
      report.kpis.map((k) => k.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])),
    ).toEqual([[[2019, '6076']], [[2019, '73416']]]);
    expect(report.kpis[0]?.kpi.baseline).toEqual({ value: '2389', fiscalYear: fiscalYear(2011) });
    expect(report.kpis[1]?.kpi.baseline).toEqual({ value: '100784', fiscalYear: null });
    expect(report.unplaced).toEqual([]);
  });

  it('is no line of years when a cell names a span from no year', () => {
    const words = spans.map((l) => l.replace('H20-H24の平均', '過去5年の平均'));
    const report = importReportTable(tsv(words));
    // The 時点 line kept as printed, its years given to no figure: the base of no year, not H23.
    expect(report.kpis[0]?.kpi.baseline?.fiscalYear).toBeNull();
    expect(report.kpis[0]?.kpi.extras).toContainEqual({ label: '時点 基準値', text: 'H23' });
  });
});

describe('a sheet of one indicator: heading, record lines, a header of roles, a line of values and one of their years (鳥取県 工程表 H26)', () => {
  const sheet = [
    '指標1',
    '指標名\t指標の分類',
    '創業支援件数\t成果指標',
    '\t基準値\t年度当初値\t今年度目標値\t今年度実績値\t長期的目標値',
    '数値\t−\t40\t50\t62\t200',
    '時点\t−\tR4末\tR5末\tR5末\tR3〜7',
  ];

  it('is one KPI named by the record’s 指標名, each figure of the year printed under it', () => {
    const report = importReportTable(tsv(sheet));
    expect(report.kpis).toHaveLength(1);
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.title).toBe('創業支援件数');
    expect(kpi?.baseline).toEqual({ value: '40', fiscalYear: fiscalYear(2022) });
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([[2023, '62']]);
    expect(kpi?.target?.value).toBe('200');
    expect(kpi?.extras).toContainEqual({ label: '指標の分類', text: '成果指標' });
    expect(report.unplaced).toEqual([]);
  });

  it('reads a 時点 line of days written with no era (「26.4.1」, 「27.3.31」: H26) as their fiscal years', () => {
    // 鳥取県 消費生活センター 工程表 H26: the year's start and end as days, the baseline's as 年度末.
    const days = [
      ...sheet.slice(0, 4),
      '数値	68人	332	370	336	400',
      '時点	H22年度末	26.4.1	27.3.31	27.3.31	27.3.31',
    ];
    const report = importReportTable(tsv(days));
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.baseline).toEqual({ value: '68', fiscalYear: fiscalYear(2010) });
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([[2014, '336']]);
    expect(report.fiscalYear).toBe(2014);
    expect(report.unplaced).toEqual([]);
  });

  it('reads a 時点 line left empty as the line of years, unsaid, not as a KPI of its own', () => {
    // 鳥取県 図書館 工程表 H26: 時点 under the 数値 line prints nothing.
    const unsaid = [...sheet.slice(0, 4), '数値\t4.9冊\t5.3冊\t6冊\t7冊\t6冊', '時点'];
    const report = importReportTable(tsv(unsaid));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['創業支援件数']);
    expect(report.kpis[0]?.kpi.baseline?.value).toBe('4.9');
    expect(report.unplaced).toEqual([]);
    // A line of one cell naming no when stays outside the block: no sheet of this form, as before.
    const other = importReportTable(tsv([...unsaid.slice(0, -1), '備考']));
    expect(other.kpis.map((k) => k.kpi.title)).not.toEqual(['創業支援件数']);
  });

  it('is named by its heading with no record lines', () => {
    const report = importReportTable(tsv([sheet[0] ?? '', ...sheet.slice(3)]));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['指標1']);
  });

  it('is no such sheet when no line is the years of the figures above (a heading over a plain table)', () => {
    const plain = [
      '指標1',
      '\t基準値\t実績値\t目標値',
      '相談件数\t40\t62\t200',
      '講座回数\t3\t5\t8',
    ];
    expect(splitHeaderBlocks(rows(plain))).toBeNull();
  });
});

/** 戸田市 上下水道事業会計: two tables under titles, the same header, the same four items each. */
const TODA = [
  '収益的収入および支出',
  '区分\t執行額\t執行率',
  '収入(水道事業)\t24億5,522万1千円\t100.1パーセント',
  '支出(水道事業)\t23億5,997万5千円\t94.8パーセント',
  '資本的収入および支出',
  '区分\t執行額\t執行率',
  '収入(水道事業)\t4億7,044万円\t92.6パーセント',
  '支出(水道事業)\t11億600万6千円\t75.0パーセント',
];

describe('tables one under another whose lines are the same items, each a result and its rate (戸田市)', () => {
  it('reads each line as a KPI of its own, not the blocks as one indicator each with the lines as columns', () => {
    const report = importReportTable(tsv(TODA), { fiscalYear: fiscalYear(2020) });
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '収入(水道事業)',
      '支出(水道事業)',
      '収入(水道事業)',
      '支出(水道事業)',
    ]);
    expect(report.reading.columns.map((c) => c.role)).toEqual(['kpi', 'actual', 'rate']);
    // No budget printed: the rates are read, none reproduced, never guessed.
    expect(checkReport(report).summary).toEqual({ kpis: 4, printed: 4, matched: 0 });
    expect(report.unplaced).toEqual([]);
  });

  it('keeps lines labelled as kinds of figure (計画, 実績) a block’s kinds, as before', () => {
    const report = importReportTable(
      tsv([
        '指標1',
        '区分\t執行額\t執行率',
        '計画\t100\t',
        '実績\t90\t90.0%',
        '指標2',
        '区分\t執行額\t執行率',
        '計画\t50\t',
        '実績\t60\t120.0%',
      ]),
      { fiscalYear: fiscalYear(2020) },
    );
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['指標1', '指標2']);
  });
});

import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import {
  bareMonthYear,
  classifyHeader,
  columnLetterMark,
  headerDate,
  headerSpan,
  headerYear,
  differenceLetters,
  statedUnit,
  statedUnits,
} from './column-role.ts';

describe('column roles of plan-versus-actual tables (三田市)', () => {
  it('reads the year of a bare 「27年度目標値」, not a plan year count 「第2年度目」', () => {
    expect(headerYear('27年度目標値')).toBe(2015);
    expect(classifyHeader('27年度 目標(計画)値').role).toEqual({
      kind: 'target',
      fiscalYear: 2015,
    });
    expect(headerYear('第2年度目', { planStart: fiscalYear(2019) })).toBe(2020);
  });

  it('reads the letter a column is named by, bracketed or bare after Japanese words', () => {
    expect(columnLetterMark('達成件数(b)')).toBe('b');
    expect(columnLetterMark('計画額a')).toBe('a');
    expect(columnLetterMark('決算額b')).toBe('b');
    expect(columnLetterMark('KPI')).toBeNull();
    expect(columnLetterMark('差b-a')).toBeNull();
  });

  it('reads the division in charge of a KPI as a department, though it says KPI (宇陀市 「KPI所管課」)', () => {
    expect(classifyHeader('KPI所管課').role.kind).toBe('department');
    expect(classifyHeader('指標担当課').role.kind).toBe('department');
    expect(classifyHeader('KPI').role.kind).toBe('kpi');
  });
  it('reads 計画額 as a target and 差b-a as a difference with its letters', () => {
    expect(classifyHeader('計画額a').role).toEqual({ kind: 'target', fiscalYear: null });
    expect(classifyHeader('差b-a').role).toEqual({ kind: 'difference', order: 'either' });
    expect(differenceLetters('差b-a')).toEqual({ from: 'b', less: 'a' });
    expect(differenceLetters('差引 (A)-(B)')).toEqual({ from: 'a', less: 'b' });
    expect(differenceLetters('差')).toBeNull();
  });

  it('reads a change with the base it is against written first (対H17 増減数, 対前年度 増減) as a difference, its rate as a rate', () => {
    const difference = { kind: 'difference', order: 'either' };
    expect(classifyHeader('対H17 増減数').role).toEqual(difference);
    expect(classifyHeader('対前年度 増減').role).toEqual(difference);
    expect(classifyHeader('対平成25年度差').role).toEqual(difference);
    expect(classifyHeader('対H17 増減率').role.kind).toBe('rate');
    // A base alone, or another word after it, is no difference.
    expect(classifyHeader('対H17').role.kind).not.toBe('difference');
    expect(classifyHeader('対前年度 実績').role.kind).not.toBe('difference');
  });

  it('reads two kinds set against each other by name (目標と実績の比較, 計画との差) as a difference, not the first kind', () => {
    const difference = { kind: 'difference', order: 'either' };
    expect(classifyHeader('目標と実績の比較').role).toEqual(difference);
    expect(classifyHeader('計画との差').role).toEqual(difference);
    expect(classifyHeader('目標値と実績値の差').role).toEqual(difference);
    expect(classifyHeader('計画に対する差異').role).toEqual(difference);
    // With the year a rewrite joined after it, still the difference.
    expect(classifyHeader('目標と実績の比較 19年度').role).toEqual(difference);
    // A rate of the two, or the kinds alone, is no difference.
    expect(classifyHeader('目標に対する割合').role.kind).toBe('rate');
    expect(classifyHeader('目標と実績の比較率').role.kind).not.toBe('difference');
    expect(classifyHeader('目標値').role.kind).toBe('target');
    expect(classifyHeader('計画と実績').role.kind).not.toBe('difference');
  });

  it('reads a bare 計画 / 計画数値 as the plan, 比較 and 乖離 as a difference, 乖離率 and 対計画比 as rates (八街市 経営戦略, 杉並区 子ども・子育て)', () => {
    expect(classifyHeader('計画').role).toEqual({ kind: 'target', fiscalYear: null });
    expect(classifyHeader('計画数値').role).toEqual({ kind: 'target', fiscalYear: null });
    expect(classifyHeader('計画 H28').role).toEqual({ kind: 'target', fiscalYear: 2016 });
    expect(classifyHeader('計画期間').role.kind).toBe('other');
    expect(classifyHeader('比較').role).toEqual({ kind: 'difference', order: 'either' });
    expect(classifyHeader('乖離額').role).toEqual({ kind: 'difference', order: 'either' });
    expect(classifyHeader('比較する年度').role.kind).not.toBe('difference');
    expect(classifyHeader('乖離率').role).toEqual({ kind: 'rate', formula: null });
    expect(classifyHeader('対計画比').role).toEqual({ kind: 'rate', formula: null });
  });
  it('reads 将来値, a target beyond the plan’s, as a target of its year (水道ビジョン 将来値(令和12年度))', () => {
    expect(classifyHeader('将来値(令和12年度)').role).toEqual({ kind: 'target', fiscalYear: 2030 });
    expect(classifyHeader('将来目標値 R12').role.kind).toBe('target');
    // A KPI named for the future is no target: 将来負担比率 (a 財政健全化 ratio).
    expect(classifyHeader('将来負担比率').role.kind).not.toBe('target');
  });

  it('reads 計画 before what it measures as the plan (滋賀県 間伐 計画面積 over 実績面積)', () => {
    expect(classifyHeader('計画面積').role).toEqual({ kind: 'target', fiscalYear: null });
    expect(classifyHeader('計画人数').role).toEqual({ kind: 'target', fiscalYear: null });
    expect(classifyHeader('実績面積').role).toEqual({ kind: 'actual', fiscalYear: null });
    expect(classifyHeader('整備計画面積').role.kind).toBe('other');
    // Over a 計 column, as a table of years turned makes it (滋賀県 「計画面積 計」: the period's plan).
    expect(classifyHeader('計画面積 計').role.kind).toBe('target');
  });

  it('reads 計画 before an amount as the plan (行政改革 「計画効果額」 over 「実績効果額」)', () => {
    expect(classifyHeader('計画効果額 R3').role).toEqual({ kind: 'target', fiscalYear: 2021 });
    expect(classifyHeader('R5 計画削減額').role).toEqual({ kind: 'target', fiscalYear: 2023 });
    expect(classifyHeader('計画削減額(千円)').role).toEqual({ kind: 'target', fiscalYear: null });
    expect(classifyHeader('計画事業費').role.kind).toBe('target');
    // Not a plan's other words, nor a 実施計画's figure.
    for (const label of ['計画期間', '実施計画事業費', '基本計画の成果額', '計画効果額の考え方'])
      expect(classifyHeader(label).role.kind, label).not.toBe('target');
  });

  it('reads 計画 under a year, 計画値 after a term, 見込量 as the plan; 実績/計画 as a rate; 基本計画, 計画内容 not', () => {
    expect(classifyHeader('R3年度 計画').role).toEqual({ kind: 'target', fiscalYear: 2021 });
    expect(classifyHeader('第8期計画値 R5').role).toEqual({ kind: 'target', fiscalYear: 2023 });
    expect(classifyHeader('計画(R5)').role).toEqual({ kind: 'target', fiscalYear: 2023 });
    expect(classifyHeader('見込量 R4').role).toEqual({ kind: 'target', fiscalYear: 2022 });
    expect(classifyHeader('実績/計画').role).toEqual({ kind: 'rate', formula: null });
    expect(classifyHeader('基本計画').role.kind).toBe('other');
    expect(classifyHeader('実施計画').role.kind).toBe('other');
    expect(classifyHeader('計画内容').role.kind).toBe('narrative');
    expect(classifyHeader('計画と実績').role.kind).toBe('actual');
  });

  it('reads 現在値, 到達値, a value at an evaluation and a year’s 値 as actuals, ベースライン as the baseline', () => {
    expect(classifyHeader('現在値').role).toEqual({ kind: 'actual', fiscalYear: null });
    expect(classifyHeader('到達値').role).toEqual({ kind: 'actual', fiscalYear: null });
    expect(classifyHeader('中間評価時').role).toEqual({ kind: 'actual', fiscalYear: null });
    expect(classifyHeader('中間値').role).toEqual({ kind: 'actual', fiscalYear: null });
    expect(classifyHeader('R4年度値').role).toEqual({ kind: 'actual', fiscalYear: 2022 });
    expect(classifyHeader('ベースライン').role).toEqual({ kind: 'baseline', fiscalYear: null });
    // A grade stays a grade, and words of no value stay unknown.
    expect(classifyHeader('最終評価').role.kind).toBe('grade');
    expect(classifyHeader('数値').role.kind).toBe('other');
    expect(classifyHeader('平均値').role.kind).toBe('other');
  });

  it('keeps a plan made at the baseline a baseline, and a 差 rate a rate', () => {
    expect(classifyHeader('計画策定時').role.kind).toBe('baseline');
    expect(classifyHeader('達成率 (金額ベース) b/a*100').role).toEqual({
      kind: 'rate',
      formula: { numerator: 'b', denominator: 'a' },
    });
  });
});

describe('units a title line states per kind of figure (富士市)', () => {
  it('reads word:unit pairs after 単位, and none from a single unit', () => {
    expect(statedUnits('単位…事業数:件 事業費:千円')).toEqual([
      { word: '事業数', unit: '件' },
      { word: '事業費', unit: '千円' },
    ]);
    expect(statedUnits('(単位:百万円)')).toEqual([]);
    expect(statedUnit('(単位:百万円)')).toBe('百万円');
    // 桑名市 公共施設: the unit line in lenticular brackets, its 】 no part of the unit.
    expect(statedUnit('【単位:平方メートル】')).toBe(statedUnit('単位:平方メートル'));
    expect(statedUnit('【単位:平方メートル】')).not.toContain('】');
    // 軽米町: the counts' unit and their shares' stated together.
    expect(statedUnit('単位:人・%')).toBe('人');
    expect(statedUnit('単位:人・件')).toBe('人・件');
  });
});

describe('years a header names by a date or a calendar year beside its role (issue 24)', () => {
  it('reads a date as the fiscal year it falls in: 4月1日 its own, 3月31日 the one before', () => {
    expect(headerDate('H22.4.1 総職員数 (人)')).toBe(2010);
    expect(headerDate('平成22年4月1日現在')).toBe(2010);
    expect(headerDate('R6.3.31 職員数')).toBe(2023);
    expect(headerDate('2019.4.1')).toBe(2019);
    expect(headerDate('2020年3月31日')).toBe(2019);
    // No era nor four-digit year (軽米町 "17.4.1〜22.4.1"), no month: no date.
    expect(headerDate('17.4.1〜22.4.1')).toBeNull();
    expect(headerDate('H22.13.1')).toBeNull();
    expect(headerDate('目標値 (R8)')).toBeNull();
  });

  it('reads a day with no era, alone in its cell, by the table’s era (鳥取県 工程表 時点 「27.3.31」)', () => {
    expect(headerDate('26.4.1')).toBe(2014);
    expect(headerDate('27.3.31')).toBe(2014);
    expect(headerDate('5.4.1', { defaultEra: 'R' })).toBe(2023);
    expect(headerDate('元.4.1', { defaultEra: 'R' })).toBe(2019);
    // A day or a month that is none, a decimal, or words around it: no date.
    expect(headerDate('27.3.32')).toBeNull();
    expect(headerDate('27.13.1')).toBeNull();
    expect(headerDate('27.3')).toBeNull();
    expect(headerDate('1.2.3版')).toBeNull();
  });

  it('reads a header that is only a month of a year with no era by the table’s era (「11年4月」)', () => {
    const heisei = { defaultEra: 'H' as const };
    expect(bareMonthYear('11年4月', heisei)).toBe(1999);
    expect(bareMonthYear('13年 3月', heisei)).toBe(2000);
    expect(bareMonthYear('5年4月1日現在')).toBe(2023);
    expect(classifyHeader('12年4月', heisei)).toEqual({
      role: { kind: 'actual', fiscalYear: 2000 },
      because: 'a count as of a date',
    });
    expect(headerYear('12年4月', heisei)).toBe(2000);
    // A month inside a longer text, or no month that is one: no year.
    for (const label of ['3年4月から実施', '11年13月', '入所定員数', '11年度'])
      expect(bareMonthYear(label, heisei)).toBeNull();
  });

  it('reads a month’s end with no day the same way: 「R4.3」 is the count at the end of R3', () => {
    expect(headerDate('R4.3')).toBe(2021);
    expect(headerDate('H31.3末')).toBe(2018);
    expect(headerDate('令和4年3月末現在')).toBe(2021);
    expect(headerDate('2022年3月末')).toBe(2021);
    expect(headerDate('目標(R5.9)')).toBe(2023);
    // A calendar year and month with a dot only may be a decimal; a 13th month is none.
    expect(headerDate('2022.3')).toBeNull();
    expect(headerDate('R4.13')).toBeNull();
    // 「R4.3.31」 is a date, its day read as before.
    expect(headerDate('R4.3.31')).toBe(2021);
  });

  it('takes a column of counts as of a date for that year’s actuals (三重県 H23.4.1 総職員数)', () => {
    expect(classifyHeader('H23.4.1 総職員数 (人)')).toEqual({
      role: { kind: 'actual', fiscalYear: 2011 },
      because: 'a count as of a date',
    });
    // A role word decides the role; the date still names the year.
    expect(classifyHeader('目標値 (R6.4.1)').role).toEqual({ kind: 'target', fiscalYear: 2024 });
  });

  it('takes counts as of a year’s end for that year’s, and a difference named after its measure (廿日市市)', () => {
    expect(classifyHeader('平成23年度末現在 延べ床面積 (平方メートル)')).toEqual({
      role: { kind: 'actual', fiscalYear: 2011 },
      because: 'a count as of a date',
    });
    // A description that starts with a year's end is not a count of that day.
    expect(
      classifyHeader('令和元年度末時点の施設入所者のうち、地域生活への移行者数').role.kind,
    ).toBe('other');
    expect(classifyHeader('延べ床面積差し引き (平方メートル)')).toEqual({
      role: { kind: 'difference', order: 'either' },
      because: 'the word "差し引き"',
    });
  });

  it('reads a calendar year beside a role word in brackets (富山県 2018(実績), 現状(2019))', () => {
    expect(classifyHeader('2018(実績)').role).toEqual({ kind: 'actual', fiscalYear: 2018 });
    expect(classifyHeader('2021(目標)').role).toEqual({ kind: 'target', fiscalYear: 2021 });
    expect(headerYear('現状(2019)')).toBe(2019);
    // 現状 with its year is that year's figure, the latest actual; 現状値 alone the baseline.
    expect(classifyHeader('現状(2019)').role).toEqual({ kind: 'actual', fiscalYear: 2019 });
    expect(classifyHeader('現状値').role.kind).toBe('baseline');
    // 現状 after its year (ごみ 審議会 「平成 29 年度 現状」): the present state of that year, as 現状
    // (平成29年度) is; not a word that ends in 現状 (「課題と現状」).
    expect(classifyHeader('平成 29 年度 現状').role).toEqual({
      kind: 'baseline',
      fiscalYear: 2017,
    });
    expect(classifyHeader('H29現状').role.kind).toBe('baseline');
    expect(classifyHeader('課題と現状').role.kind).not.toBe('baseline');
    // A number that is no year, and a year among other words, as before.
    expect(headerYear('目標(100)')).toBeNull();
    expect(headerYear('2020年度目標')).toBe(2020);
  });
});

describe('a staff table over two spans of years (軽米町 定員管理)', () => {
  it('reads the spaced-out 純 減 率 as a rate, 純減 as a printed difference, a count as of 各年4月1日 as the actual of its year', () => {
    expect(classifyHeader('対11.4.1 純 減 率 (H11-H16) ÷H11*100').role).toEqual({
      kind: 'rate',
      formula: null,
    });
    expect(classifyHeader('純減実績 (H11-H16)').role.kind).toBe('difference');
    expect(classifyHeader('純減計 (H17-H22)').role.kind).toBe('difference');
    expect(classifyHeader('各年4月1日の職員数 H11').role).toEqual({
      kind: 'actual',
      fiscalYear: 1999,
    });
    // With no year there is no count of a year to read.
    expect(classifyHeader('各年4月1日の職員数').role.kind).toBe('other');
  });

  it('reads the span of years a header names with the era at both ends', () => {
    expect(headerSpan('純減実績 (H11-H16)')).toEqual({ from: 1999, to: 2004, text: 'H11-H16' });
    expect(headerSpan('対17.4.1 純 減 率 (H17-H22)÷ H17*100')?.text).toBe('H17-H22');
    expect(headerSpan('H23-27実績額')).toBeNull();
    expect(headerSpan('R5')).toBeNull();
  });
});

describe('header words of 介護保険事業計画, 健康増進計画 and 総合戦略 evaluations (issue 24, helper c)', () => {
  it('reads a plan’s ratio 対計画比 as a rate, the plan’s estimate 推計 as the target', () => {
    expect(classifyHeader('平成15年 (対計画比)').role.kind).toBe('rate');
    expect(classifyHeader('計画対比').role.kind).toBe('rate');
    expect(classifyHeader('計画比較').role.kind).not.toBe('rate');
    // A ratio of the actual (to its plan, its target or its budget) is a rate, not an actual;
    // of last year's actual, a ratio to the year before.
    for (const label of ['実績比', '計画実績比', '予算実績比', '実績比(%)', '達成比'])
      expect(classifyHeader(label).role.kind).toBe('rate');
    expect(classifyHeader('前年度実績比').role.kind).toBe('other');
    expect(classifyHeader('実績比較').role.kind).not.toBe('rate');
    expect(classifyHeader('平成15年 第2次計画 の推計').role).toEqual({
      kind: 'target',
      fiscalYear: 2003,
    });
    // An estimated actual (長崎県's 「実績値(推計値)」) stays an actual.
    expect(classifyHeader('実績値(推計値)').role.kind).toBe('actual');
  });

  it('reads a 達成状況 stated in percent as a rate, the word alone as a grade (経営体育成支援事業)', () => {
    expect(classifyHeader('2年度目 達成状況 (%)').role.kind).toBe('rate');
    expect(classifyHeader('達成状況（％）').role.kind).toBe('rate');
    expect(classifyHeader('達成状況').role.kind).toBe('grade');
  });

  it('reads 直近値 and 確定数値 as actuals, 計画値 after its year and 目安値 as targets', () => {
    expect(classifyHeader('直近値').role).toEqual({ kind: 'actual', fiscalYear: null });
    expect(classifyHeader('平成24年度 確定数値').role).toEqual({
      kind: 'actual',
      fiscalYear: 2012,
    });
    expect(classifyHeader('平成24年度 計画値 ※1').role).toEqual({
      kind: 'target',
      fiscalYear: 2012,
    });
    expect(classifyHeader('目安値').role.kind).toBe('target');
    // 計画 inside other words is no plan value.
    expect(classifyHeader('実施計画 事業名').role.kind).toBe('kpi');
  });

  it('reads 進捗区分 as the grade, and 指標元 (where the figures come from) as no KPI', () => {
    expect(classifyHeader('進捗区分').role.kind).toBe('grade');
    expect(classifyHeader('指標元')).toEqual({
      role: { kind: 'other' },
      because: 'the word "指標元"',
    });
    expect(classifyHeader('評価指標').role.kind).toBe('kpi');
  });

  it('reads 掲載頁 (the page of the plan an indicator is on) as words kept, so a plan table stays one', () => {
    expect(classifyHeader('掲載頁').role.kind).toBe('narrative');
    expect(classifyHeader('ページ').role.kind).toBe('narrative');
    const report = importReportTable(
      readTsv(
        'plan.tsv',
        ['成果指標\t掲載頁\t現状値\t目標値29年度', '新規就農者数\t61\t1人\t30人'].join('\n'),
      ),
    );
    expect(report.problems).toEqual([]);
    expect(report.reading.planTable).toContain('no year measured yet');
    expect(report.kpis[0]?.kpi.narratives.map((n) => n.text)).toEqual(['61']);
  });

  it("reads a 公立病院改革プラン and a year's プラン as the plan, 達成見込 as the grade, 実施概要 as narrative", () => {
    expect(classifyHeader('H25プラン').role).toEqual({ kind: 'target', fiscalYear: 2013 });
    expect(classifyHeader('公立病院 改革プラン').role.kind).toBe('target');
    expect(classifyHeader('達成見込').role.kind).toBe('grade');
    expect(classifyHeader('実施概要').role.kind).toBe('narrative');
    // A plan named among other words is no column of plan figures.
    expect(classifyHeader('行政改革プラン 取組項目').role.kind).toBe('kpi');
  });
});

describe('a rate against a year the header names (市川市 「対 H18 年度比率」)', () => {
  it('is a rate, not a year column; 対前年度比 and 対計画比 keep their readings', () => {
    expect(classifyHeader('対 H18 年度比率').role.kind).toBe('rate');
    expect(classifyHeader('対平成18年度比').role.kind).toBe('rate');
    expect(classifyHeader('対計画比').role.kind).toBe('rate');
  });
});

describe('a total over a span of years (issue 24: 「H29-R1の計」 used by one KPI)', () => {
  it('is the running total to the span’s end; a bare 計 or a period’s actual is not', () => {
    const role = (label: string) => classifyHeader(label).role;
    expect(role('H29-R1の計')).toEqual({ kind: 'cumulative', fiscalYear: fiscalYear(2019) });
    expect(role('R2〜R4合計')).toEqual({ kind: 'cumulative', fiscalYear: fiscalYear(2022) });
    expect(classifyHeader('H29-R1の計').because).toBe('a total over a span of years');
    expect(role('平成29年度から令和元年度までの計')).toEqual({
      kind: 'cumulative',
      fiscalYear: fiscalYear(2019),
    });
    expect(role('H23-27実績額')).toEqual({ kind: 'actual', fiscalYear: fiscalYear(2015) });
    expect(role('計').kind).not.toBe('cumulative');
  });
});

describe('words about an indicator beside its name (issue 24)', () => {
  it('reads 指標の説明, 指標の定義 and 算出方法 as narrative, not as the KPI’s name', () => {
    for (const label of ['指標の説明', '指標の定義', '算出方法'])
      expect(classifyHeader(label).role.kind).toBe('narrative');
    expect(classifyHeader('成果指標').role.kind).toBe('kpi');
    expect(classifyHeader('指標名').role.kind).toBe('kpi');
  });

  it('reads 目標の内容 (a goal described, 「…の2倍以上」) as narrative, not as a second target', () => {
    for (const label of ['目標の内容', '目標値の考え方', '目標の説明'])
      expect(classifyHeader(label).role.kind).toBe('narrative');
    expect(classifyHeader('目標値(H29)').role.kind).toBe('target');
    expect(classifyHeader('目標内容').role.kind).toBe('target');
  });
});

describe('a 水道ビジョン’s own indicators, one block each: 現状値, 目標値 and 将来値', () => {
  it('reads a plan’s table: the baseline, the later target the final one, the plan’s a milestone', () => {
    const table = [
      '水質検査適合率',
      '現状値(令和元年度)\t目標値(令和7年度)\t将来値(令和12年度)',
      '98%\t100%\t100%',
      '漏水率',
      '現状値(令和元年度)\t目標値(令和7年度)\t将来値(令和12年度)',
      '5.0%\t4.0%\t3.0%',
    ].join('\n');
    const report = importReportTable(readTsv('vision.tsv', table));
    expect(report.problems).toEqual([]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['水質検査適合率', '漏水率']);
    expect(report.kpis.map((k) => k.kpi.target)).toMatchObject([
      { value: '100', fiscalYear: 2030 },
      { value: '3.0', fiscalYear: 2030 },
    ]);
    expect(report.kpis[1]?.kpi.milestones).toMatchObject([
      { fiscalYear: 2025, figure: { value: '4.0' } },
    ]);
  });

  it('reads 従前値 as the baseline, and how an indicator is measured or judged or its result analysed as narrative (事後評価報告シート)', () => {
    expect(classifyHeader('従前値').role).toEqual({ kind: 'baseline', fiscalYear: null });
    expect(classifyHeader('従前値(H26)').role).toEqual({ kind: 'baseline', fiscalYear: 2014 });
    for (const label of ['定 義', '評価方法', '計測方法', '結果の分析', '要因の分析'])
      expect(classifyHeader(label).role.kind).toBe('narrative');
    // Not the grade a 評価 is, nor the result a 結果 is, nor a basis of counting.
    expect(classifyHeader('評価').role.kind).toBe('grade');
    expect(classifyHeader('結果').role.kind).toBe('actual');
    expect(classifyHeader('集計方法').role.kind).toBe('counting');
  });

  it('reads a header whose last word is 施策 as the plan’s measures, whatever it says of them (静岡県 「評価する施策」)', () => {
    for (const label of ['評価する施策', '評価対象施策', '主な施策'])
      expect(classifyHeader(label).role.kind).toBe('theme');
    // The grade of a measure is still a grade.
    expect(classifyHeader('施策評価').role.kind).toBe('grade');
  });

  it('reads a bare 元年度 as a year, as it reads 2年度 beside it (子ども・子育て 「元年度 | 2年度 | … | 6年度」)', () => {
    expect(classifyHeader('元年度').role).toEqual({ kind: 'actual', fiscalYear: 2019 });
    expect(classifyHeader('元年度実績').role).toEqual({ kind: 'actual', fiscalYear: 2019 });
    expect(classifyHeader('2年度').role).toEqual({ kind: 'actual', fiscalYear: 2020 });
    // Not inside a word: 紀元 is no era.
    expect(classifyHeader('紀元').role.kind).toBe('other');
  });

  it('reads a header whose last word is 項目 or 指標 as the KPIs’ names, though 目標 comes first (「目標項目」)', () => {
    for (const label of ['目標項目', '数値目標項目', '目標指標'])
      expect(classifyHeader(label).role.kind).toBe('kpi');
    // The target itself is still the target.
    expect(classifyHeader('数値目標').role.kind).toBe('target');
    expect(classifyHeader('目標値').role.kind).toBe('target');
  });

  it('reads a formula of letters headed 対比 as a rate (江津市 「予定との 対比 B/A」), a per-head B/A not', () => {
    expect(classifyHeader('予定との 対比 B/A').role).toEqual({
      kind: 'rate',
      formula: { numerator: 'b', denominator: 'a' },
    });
    expect(classifyHeader('一人当たり給与費 B/A').role.kind).toBe('other');
    // 対比 with no formula names no columns: not read as a rate by that word alone.
    expect(classifyHeader('予定との対比').role.kind).not.toBe('rate');
  });
});

describe('words a 総合計画 heads its columns with, beyond 基準値 / 実績値 / 目標値', () => {
  it('reads めざす値 / 目指す値 / めざそう値 as the target, with or without its year', () => {
    for (const label of ['めざす値', '目指す値', 'めざそう値', '目指す数値', 'めざす値(R7)'])
      expect(classifyHeader(label).role.kind).toBe('target');
    // A picture of the future in words is no figure's column.
    expect(classifyHeader('めざす姿').role.kind).toBe('other');
  });

  it('reads 当初 / 計画開始時 / 取組前 as the baseline and 最新 / 今回値 as the actual', () => {
    for (const label of ['当初', '当初(H28)', '計画開始時', '取組前'])
      expect(classifyHeader(label).role.kind).toBe('baseline');
    for (const label of ['最新', '最新(R5)', '今回値', '今回調査'])
      expect(classifyHeader(label).role.kind).toBe('actual');
    // A first budget is no baseline of a KPI; a first plan is a plan.
    expect(classifyHeader('当初予算').role.kind).not.toBe('baseline');
    expect(classifyHeader('当初計画').role.kind).toBe('target');
  });

  it('reads a table with no printed rate by those words, and computes its rates', () => {
    const report = importReportTable(
      readTsv(
        'sougou-r5.tsv',
        ['指標\t当初(R2)\t最新(R5)\tめざす値(R7)', '市民活動の参加者数\t1,000\t1,300\t1,500'].join(
          '\n',
        ),
      ),
    );
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'baseline',
      'actual',
      'target',
    ]);
    expect(report.kpis[0]?.kpi.baseline?.value).toBe('1000');
    expect(report.kpis[0]?.kpi.target?.value).toBe('1500');
    expect(report.reading.roles?.source).toBe('header words');
  });
});

describe('a 障害福祉計画’s 「見込量に対する実績の割合」: the rate, though it says 見込量', () => {
  it('is a rate header, and so is 「計画値に対する実績の割合」; 見込量 alone stays the plan', () => {
    expect(classifyHeader('見込量に対する実績の割合(%)').role.kind).toBe('rate');
    expect(classifyHeader('計画値に対する実績の割合').role.kind).toBe('rate');
    expect(classifyHeader('見込量').role.kind).toBe('target');
  });

  it('reads bare percentages under it as the rates: 19 ÷ 24 = 79.2', () => {
    const report = importReportTable(
      readTsv(
        'shougai-r5.tsv',
        [
          'サービス\t単位\t見込量\t実績\t見込量に対する実績の割合(%)',
          '同行援護\t人分\t24\t19\t79.2',
          '行動援護\t人分\t12\t14\t116.7',
        ].join('\n'),
      ),
    );
    expect(report.kpis.map((k) => [k.kpi.target?.value, k.printedRateText])).toEqual([
      ['24', '79.2'],
      ['12', '116.7'],
    ]);
    expect(report.kpis.every((k) => k.inference.kind === 'matched')).toBe(true);
  });
});

describe('why the figures came out so: 「乖離の要因」 (経営戦略 進捗管理)', () => {
  it('is narrative, not a column no word names, nor a difference though it says 乖離', () => {
    expect(classifyHeader('乖離の要因').role).toEqual({ kind: 'narrative', fiscalYear: null });
    expect(classifyHeader('未達成の要因').role.kind).toBe('narrative');
    expect(classifyHeader('乖離').role.kind).toBe('difference');
  });
});

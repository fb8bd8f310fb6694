import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { contentRows } from '../grid.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { readGroupLineLabels } from './group-line-labels.ts';
import { importReportTable } from './import-report-table.ts';

const tsv = (lines: readonly string[]) => readTsv('t.tsv', lines.join('\n'));
const rows = (lines: readonly string[]) => contentRows(tsv(lines).rows);

/** 杉並区 子ども・子育て支援事業計画 一時預かり, two of its services: each over ①需要量, ②確保量, ②-①. */
const SUGINAMI = [
  '平成27年度\t\t計画数値\t実績値\t差',
  '幼稚園在園児一時預かり\t①需要量\t94,956 人\t153,824 人\t58,868 人',
  '\t②確保量\t146,000 人\t153,824 人\t7,824 人',
  '\t②-①\t51,044 人\t0人\t',
  '幼稚園在園児定時預かり\t①需要量\t31,815 人\t36,369 人\t4,554 人',
  '\t②確保量\t50,820 人\t36,369 人\t-14,451 人',
  '\t②-①\t19,005 人\t0人\t',
];

describe('two-level row labels: a group on its first line, a label per line repeated in each group', () => {
  it('reads each line as a KPI named by its group and label, under the group (杉並区)', () => {
    const report = importReportTable(tsv(SUGINAMI), { fiscalYear: fiscalYear(2015) });
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '幼稚園在園児一時預かり ①需要量',
      '幼稚園在園児一時預かり ②確保量',
      '幼稚園在園児一時預かり ②-①',
      '幼稚園在園児定時預かり ①需要量',
      '幼稚園在園児定時預かり ②確保量',
      '幼稚園在園児定時預かり ②-①',
    ]);
    expect(report.kpis[0]?.kpi).toMatchObject({ target: { value: '94956' }, unit: '人' });
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'theme',
      'kpi',
      'target',
      'actual',
      'difference',
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(checkReport(report).kpis[0]?.computed).toBe('162%');
  });

  it('checks each printed 差 as the actual less the plan, at its own cell', () => {
    const edited = [...SUGINAMI];
    edited[5] = '\t②確保量\t50,820 人\t36,369 人\t-14,450 人';
    const report = importReportTable(tsv(edited), { fiscalYear: fiscalYear(2015) });
    expect(report.problems.map((p) => [p.kind, p.row, p.column])).toEqual([['difference', 6, 5]]);
  });

  it('leaves a group of one line, labels that repeat in no other group, and lines named 計画 / 実績 alone', () => {
    expect(readGroupLineLabels(rows(SUGINAMI))).not.toBeNull();
    const once = [...SUGINAMI];
    once[4] = '幼稚園在園児定時預かり\t需要\t31,815 人\t36,369 人\t4,554 人';
    once[5] = '\t確保\t50,820 人\t36,369 人\t-14,451 人';
    once[6] = '\t差し引き\t19,005 人\t0人\t';
    expect(readGroupLineLabels(rows(once))).toBeNull();
    const single = [SUGINAMI[0], SUGINAMI[1], SUGINAMI[4]] as string[];
    expect(readGroupLineLabels(rows(single))).toBeNull();
    const lines = ['指標\t\tH28\tH29', '観光客数\t計画\t100\t110', '\t実績\t95\t121'];
    expect(
      readGroupLineLabels(rows([...lines, '宿泊数\t計画\t10\t11', '\t実績\t9\t12'])),
    ).toBeNull();
    // A second column headed as the KPIs' names is read by its words.
    const headed = [...SUGINAMI];
    headed[0] = '平成27年度\t指標\t計画数値\t実績値\t差';
    expect(readGroupLineLabels(rows(headed))).toBeNull();
  });
});

/** A 健康増進計画's indicators, each measured for men and women, the second line's name left empty. */
const BY_SEX = [
  '指標名\t区分\t基準値(H28)\t目標値(R4)\t実績値(R3)\t達成率',
  'がん検診受診率\t男性\t35.2%\t50.0%\t41.0%\t82.0%',
  '\t女性\t38.1%\t50.0%\t44.3%\t88.6%',
  '肥満者の割合\t男性\t31.5%\t28.0%\t30.2%\t92.7%',
  '\t女性\t22.8%\t20.0%\t21.1%\t94.8%',
];

describe('two-level row labels under a header word naming no role (区分)', () => {
  it('reads each line as a KPI of its own, named by its indicator and its line', () => {
    const report = importReportTable(tsv(BY_SEX));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      'がん検診受診率 男性',
      'がん検診受診率 女性',
      '肥満者の割合 男性',
      '肥満者の割合 女性',
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 4, printed: 4, matched: 4 });
    expect(report.unplaced).toEqual([]);
  });
  it('leaves lines of totals under such a header to be read as totals (富士市 会計: 一般 / 計)', () => {
    const totals = [
      '章\t会計\t計画額\t実績額\t進捗率',
      '第1章\t一般\t100\t90\t90.0%',
      '\t計\t100\t90\t90.0%',
      '第2章\t一般\t50\t60\t120.0%',
      '\t計\t50\t60\t120.0%',
    ];
    expect(readGroupLineLabels(rows(totals))).toBeNull();
  });
});

describe('one group over all the lines, their names under no header (山中湖移動教室経費 事務事業評価表)', () => {
  const SHEET = [
    '区 分\t\t単位\t14年度 (実績)\t15年度 (実績)\t16年度 (計画)\t目標値 16 年度\t目標値に対する 15年度の達成度',
    '指標値\t活動指標 (1)\t人\t1,181\t1,116\t1,125\t1,125\t99%',
    '\t活動指標 (2)',
    '\t成果指標 (1)\t%\t99\t99\t100\t100\t99%',
    '\t成果指標 (2)',
    '\t事業費\t千円\t11,015\t11,520',
  ];

  it('reads each line with figures as a KPI named by the group and its label, the empty slots no KPI', () => {
    const report = importReportTable(tsv(SHEET));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '指標値 活動指標 (1)',
      '指標値 成果指標 (1)',
      '指標値 事業費',
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 2, matched: 2 });
    expect(report.problems).toEqual([]);
  });

  it('is no group of two lines: a first column printed once over them may be a KPI’s name', () => {
    const two = [SHEET[0] ?? '', SHEET[1] ?? '', SHEET[3] ?? ''];
    expect(readGroupLineLabels(rows(two))).toBeNull();
  });
});

/**
 * 江南市 子ども・子育て支援事業計画 進行管理 (1)幼稚園, in part: groups named by 認定区分 (「1号」,
 * 「3歳以上 2号」: numbers, in another unit than the lines' 人), each closed by its 計, then a gap line
 * named across both label columns.
 */
const KONAN = [
  '区 分\t\t平成27年度\t平成28年度',
  '量の見込み\t1号\t1,066人\t1,058人',
  '\t3歳以上 2号\t264人\t262人',
  '\t計\t1,330人\t1,320人',
  '確保方策\t1号 市内\t1,390人\t1,390人',
  '\t3歳以上 2号\t100人\t100人',
  '\t計\t1,490人\t1,490人',
  '確保方策-量の見込み\t\t160人\t170人',
  '具体方策\t\t-\t',
];

describe('two-level row labels with categories named by numbers and lines across both label columns', () => {
  it('reads a category 「1号」 beside counts in 人 as a label, and a line named in the first column alone as its own', () => {
    const report = importReportTable(tsv(KONAN));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '量の見込み 1号',
      '量の見込み 3歳以上 2号',
      '量の見込み 計',
      '確保方策 1号 市内',
      '確保方策 3歳以上 2号',
      '確保方策 計',
      '確保方策-量の見込み',
      '具体方策',
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('keeps a number in the lines’ own unit a figure, and no line of the second column under a line across both', () => {
    const counted = [...KONAN];
    counted[1] = '量の見込み\t5人\t1,066人\t1,058人';
    expect(readGroupLineLabels(rows(counted))).toBeNull();
    const under = [...KONAN.slice(0, 8), '\t計\t160人\t170人'];
    expect(readGroupLineLabels(rows(under))).toBeNull();
  });
});

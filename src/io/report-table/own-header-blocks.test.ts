import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { stackOwnHeaderBlocks } from './own-header-blocks.ts';

const tsv = (lines: readonly string[]) => readTsv('blocks.tsv', lines.join('\n'));

/** A 事務事業評価 sheet's indicators: the 対象, the 活動指標, the 成果指標, each with a header of its own. */
const SHEET = [
  '対象\t単位\t25年度 (実績)\t26年度 (実績)\t27年度 (実績)',
  '65歳以上人口\t人\t54,375\t55,877\t56,702',
  '活動指標\t単位\t27年度 目標(計画)値\t25年度 (実績)\t26年度 (実績)\t27年度 (実績)\t進捗率 (対目標値)',
  'パンフレット配付数\t冊\t35,000\t20,500\t29,500\t25,000\t71.4%',
  '成果指標\t単位\t27年度 目標値\t25年度 (実績)\t26年度 (実績)\t27年度 (実績)\t進捗率 (対目標値)',
  '講座参加者数\t人\t2,500\t2,179\t2,439\t3,097\t123.9%',
];

describe('blocks each under a header of its own, stacked', () => {
  it('reads them as one table: a column printed in several headers once, by the role and year its words name', () => {
    const turned = stackOwnHeaderBlocks(tsv(SHEET).rows);
    // 「27年度 目標(計画)値」 and 「27年度 目標値」 both name the target of H27: one column.
    expect(turned?.rows[0]?.cells).toEqual([
      '対象',
      '単位',
      '25年度 (実績)',
      '26年度 (実績)',
      '27年度 (実績)',
      '27年度 目標(計画)値',
      '進捗率 (対目標値)',
    ]);
    expect(turned?.rows.slice(1).map((r) => r.cells)).toEqual([
      ['65歳以上人口', '人', '54,375', '55,877', '56,702', '', ''],
      ['パンフレット配付数', '冊', '20,500', '29,500', '25,000', '35,000', '71.4%'],
      ['講座参加者数', '人', '2,179', '2,439', '3,097', '2,500', '123.9%'],
    ]);
    // Each cell keeps its place in the file; the later headers' cells stand under the first's.
    expect(turned?.origin(3, 6)).toEqual({ row: 4, column: 3 });
    expect(turned?.copies?.(1, 6)).toEqual([{ row: 5, column: 3 }]);
    expect(turned?.copies?.(1, 3)).toEqual([
      { row: 3, column: 4 },
      { row: 5, column: 4 },
    ]);
    const report = importReportTable(tsv(SHEET));
    expect(report.reading.rows.filter((r) => r.kind === 'header').map((r) => r.row)).toEqual([
      1, 3, 5,
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 2, matched: 2 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('names a column by the first of its header cells that prints a word (a counterexample of the property test)', () => {
    const turned = stackOwnHeaderBlocks(tsv(['\t累計\t指標', '$\t!', '単位\t達成率', '0\t!']).rows);
    expect(turned?.rows[0]?.cells).toEqual(['単位', '累計', '指標', '達成率']);
    // The empty corner of the first header is no cell of the header: 単位 of row 3 stands for it.
    expect(turned?.origin(1, 1)).toEqual({ row: 3, column: 1 });
    expect(turned?.copies?.(1, 1)).toEqual([]);
  });

  it('leaves a table of one header, or of the same header printed again, to the other readings', () => {
    expect(stackOwnHeaderBlocks(tsv(SHEET.slice(2, 4)).rows)).toBeNull();
    const again = [SHEET[2], SHEET[3], SHEET[2], SHEET[3]].map((l) => l ?? '');
    expect(stackOwnHeaderBlocks(tsv(again).rows)).toBeNull();
    // A row of figures is no header, words and all (a KPI named 目標達成率 with its figures).
    const figures = [SHEET[2], SHEET[3], '目標達成率\t%\t90\t80\t85\t88\t97.8%'].map(
      (l) => l ?? '',
    );
    expect(stackOwnHeaderBlocks(tsv(figures).rows)).toBeNull();
  });
});

describe('blocks each under a heading line and a header of its own (加古川市 事務事業評価 【対象】【事業実績】【事業成果】)', () => {
  const sheet = [
    '【対象】',
    '対象指標名\t単位\tR1年度\tR2年度',
    '管路総延長\tm\t90,000\t91,000',
    '【事業実績】',
    '活動指標名\t単位\tR1年度\tR2年度',
    '更新延長\tm\t1,200\t800',
    '【事業成果】',
    '成果指標名\t単位\tR1年度\tR2年度\t目標年度\t目標値',
    '耐震化率\t%\t30.10\t31.20\tR10年度\t50',
  ];

  it('reads the blocks as one table, each heading a title line, every cell placed', () => {
    const report = importReportTable(tsv(sheet));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['管路総延長', '更新延長', '耐震化率']);
    expect(report.unplaced).toEqual([]);
    expect(report.kpis[2]?.kpi.target).toMatchObject({ value: '50', fiscalYear: 2028 });
    expect(report.kpis[2]?.kpi.actuals.map((a) => a.fiscalYear)).toEqual([2019, 2020]);
  });

  it('reads no heading line where no header of its own follows it', () => {
    const plain = ['【対象】', '対象指標名\t単位\tR1年度', '管路総延長\tm\t90,000', '【備考】'];
    expect(stackOwnHeaderBlocks(tsv(plain).rows)).toBeNull();
  });
});

describe('a form’s field lines above blocks each under a heading line (地域再生計画 事後評価調書)', () => {
  const FORM = [
    '地域再生計画名\t「自然を活かした幸せ実感計画」',
    '計画期間\t平成22年度~平成26年度',
    '①地域再生計画に記載した数値目標の実現状況',
    '指標名\t基準値\t最終目標値\t最終実績\t事後評価',
    '汚水処理人口普及率\t78.4%\t89.0%\t93.9%\t○',
    '交流人口\t19.4\t19.4\t22.9\t○',
    '③事業の進捗状況',
    '事業名\t計画\t最終実績\t事業の進捗状況に関する評価',
    '浄化槽(個人設置型)\t80基\t64基\t高齢者のみの世帯も多く、計画通り設置が進まなかった。',
  ];
  it('are title lines: the table starts at the first header, the works under their own', () => {
    const report = importReportTable(tsv(FORM));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '汚水処理人口普及率',
      '交流人口',
      '浄化槽(個人設置型)',
    ]);
    expect(report.kpis[2]?.kpi.target?.value).toEqual('80');
    expect(report.unplaced).toEqual([]);
  });
});

describe('a KPI’s first line of words under the lines of the KPI above (新庄市 事務事業評価 対象指標)', () => {
  const SHEET = [
    '区分\t指標名称\t年度\tH26\tH27\tH28\tH32\t説明(算式等)',
    '活動指標\t利用団体数(件)\t計画\t\t\t\t1,000\t',
    '\t\t実績\t901\t822\t793\t\t',
    '\t\t達成率\t66.4%\t82.2%\t79.3%\t\t',
    'その他 (対象指標)\t地区住民数\t見込\t\t\t\t\t4月1日現在 行政区年齢別人口(総合政策)',
    '\t\t実績\t6,841\t6,790\t6,702\t\t',
    '\t\t達成率\t\t\t\t\t',
  ];

  it('is no header of a block of its own: its line’s word continues the lines above', () => {
    expect(stackOwnHeaderBlocks(tsv(SHEET).rows)).toBeNull();
    const report = importReportTable(readTsv('t.tsv', SHEET.join('\n')));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['利用団体数(件)', '地区住民数']);
    expect(report.kpis[1]?.kpi.actuals.map((a) => a.figure.value)).toEqual([
      '6841',
      '6790',
      '6702',
    ]);
    expect(report.unplaced).toEqual([]);
  });
});

describe('blocks whose headers name their columns in words no rule knows', () => {
  /** The same sheet, its words rewritten: 到達 for 実績, 見通し for 目標. */
  const UNKNOWN = SHEET.map((line) =>
    line
      .replace(/実績/g, '到達')
      .replace(/目標\(計画\)値/g, '見通し値')
      .replace(/目標値/g, '見通し値')
      .replace(/活動指標|成果指標|対象/g, '項'),
  );

  it('reads the words the printed rates divide as the results, those they divide by as the plans, in every block and year', () => {
    const turned = stackOwnHeaderBlocks(tsv(UNKNOWN).rows);
    expect(turned?.rows[0]?.cells.slice(2, 6)).toEqual([
      '25年度 (到達)',
      '26年度 (到達)',
      '27年度 (到達)',
      '27年度 見通し値',
    ]);
    expect(turned?.given?.(1, 3)?.role).toBe('actual');
    expect(turned?.given?.(1, 6)?.role).toBe('target');
    const report = importReportTable(tsv(UNKNOWN));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '65歳以上人口',
      'パンフレット配付数',
      '講座参加者数',
    ]);
    expect(checkReport(report).summary).toMatchObject({ printed: 2, matched: 2 });
    expect(report.unplaced).toEqual([]);
  });

  it('reads no blocks where no block’s rates are reproduced', () => {
    const unexplained = UNKNOWN.map((line) =>
      line.replace('71.4%', '12.0%').replace('123.9%', '13.0%'),
    );
    expect(stackOwnHeaderBlocks(tsv(unexplained).rows)).toBeNull();
  });
});

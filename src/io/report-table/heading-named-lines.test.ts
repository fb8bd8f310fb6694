import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { blocksOf } from './heading-blocks.ts';
import { headingNamedLines } from './heading-named-lines.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const grid = (...lines: string[][]): GridRow[] => lines.map((cells, i) => ({ row: i + 1, cells }));

const header = [
  '当初現況値(平成25年度当初)',
  '最終目標値(平成29年度末)',
  '最終実績値(平成29年度末)',
];

/** 群馬県 栃木群馬長野広域的観光活性化計画 成果目標: a block per indicator, its one line no label. */
const gunma = grid(
  ['計画の成果目標(アウトカム指標)'],
  ['群馬県全域の拠点施設の観光客総計'],
  header,
  ['1,528万人', '1,617万人', '1,628万人'],
  ['群馬県全域の地域間を連絡する道路の総時間短縮割合'],
  header,
  ['0%', '34.0%', '34.0%'],
);

const turn = (rows: GridRow[]) => {
  const { blocks, lines } = blocksOf(rows);
  return headingNamedLines(blocks, lines);
};

describe('blocks under one header whose one line is figures with no label (群馬県)', () => {
  it('read each line as a KPI named by its heading, in a column made before the header', () => {
    const turned = turn(gunma);
    expect(turned?.rows.map((r) => r.cells)).toEqual([
      ['計画の成果目標(アウトカム指標)'],
      ['', ...header],
      ['群馬県全域の拠点施設の観光客総計', '1,528万人', '1,617万人', '1,628万人'],
      ['群馬県全域の地域間を連絡する道路の総時間短縮割合', '0%', '34.0%', '34.0%'],
    ]);
    expect(turned?.made?.(2, 1)).toBe(true);
    expect(turned?.given?.(2, 1)?.role).toBe('kpi');
  });

  it('keeps where each cell was: the name its heading, a figure its line, a later header a copy', () => {
    const turned = turn(gunma);
    expect(turned?.origin(3, 1)).toEqual({ row: 2, column: 1 });
    expect(turned?.origin(4, 3)).toEqual({ row: 7, column: 2 });
    expect(turned?.copies?.(2, 2)).toEqual([{ row: 6, column: 1 }]);
  });

  it('leaves blocks whose line has a label of its own (福島市) to be read by that label', () => {
    const fukushima = grid(
      ['指標1'],
      ['指標(KPI)', '現状値 (平成26年)', '目標値 (平成32年)'],
      ['観光客入込数(年間)', '635万人', '670万人'],
      ['指標2'],
      ['指標(KPI)', '現状値 (平成26年)', '目標値 (平成32年)'],
      ['花をテーマにした観光客誘致(年間)', '33万人', '45万人'],
    );
    expect(turn(fukushima)).toBeNull();
  });
});

describe('a form of one block per indicator (武蔵野市 財政援助出資団体経営目標評価シート)', () => {
  const formHeader = [
    '過 去 の 実 績',
    '平成24年度',
    '平成25年度',
    '平成26年度',
    '目 標 値',
    '実 績 値',
    '達 成 率',
    '達 成 状 況',
  ];
  const sheet = [
    '平成27年度武蔵野市財政援助出資団体経営目標評価シート',
    '団体名\t武蔵野市民防災協会',
    '指 標 名 ①\t防災推進員の活動',
    formHeader.join('\t'),
    '(単位: 件 )\t4,654\t4,945\t4,913\t5,000件\t5,738件\t114.8%\t未実施・未達成・達成',
    '指 標 名 ②\t斡旋・販売事業',
    formHeader.join('\t'),
    '(単位: 千円 )\t2,520\t1,328\t1,422\t1,500千円\t1,203千円\t80.2%\t未実施・未達成・達成',
  ];

  it('reads each line, its first cell the unit and a grade column of words, as a KPI named by its heading', () => {
    const report = importReportTable(readTsv('musashino.tsv', sheet.join('\n')));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '指 標 名 ① 防災推進員の活動',
      '指 標 名 ② 斡旋・販売事業',
    ]);
    expect(report.kpis.map((k) => k.kpi.unit)).toEqual(['件', '千円']);
    expect(report.unplaced).toEqual([]);
  });

  it('keeps a form field above the blocks a title line, and the years printed the past: the title its year', () => {
    const report = importReportTable(readTsv('musashino.tsv', sheet.join('\n')));
    expect(report.fiscalYear).toBe(2015);
    expect(report.kpis[0]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2012, '4654'],
      [2013, '4945'],
      [2014, '4913'],
      [2015, '5738'],
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
  });
});

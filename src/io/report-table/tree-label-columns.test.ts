import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { readTreeLabelColumns } from './tree-label-columns.ts';

const tsv = (lines: string[]) => readTsv('tree.tsv', lines.join('\n'));

describe('row labels over several columns, a tree in merged cells (廿日市市 公共施設)', () => {
  const table = [
    '分類\t\t\t平成23年度末現在\t平成29年度末現在',
    '行政財産(建物)\t公用財産\t庁舎\t25,586.15\t25,691.14',
    '\t\tその他の公用財産\t9,770.11\t9,640.51',
    '\t公共用財産\t市営住宅\t60,573.15\t62,200.86',
  ];

  it('names each line by its whole path, the levels left empty carried down', () => {
    const report = importReportTable(tsv(table));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '行政財産(建物) 公用財産 庁舎',
      '行政財産(建物) 公用財産 その他の公用財産',
      '行政財産(建物) 公共用財産 市営住宅',
    ]);
    expect(report.unplaced).toEqual([]);
  });

  it('keeps each name cell’s place in the file', () => {
    const turned = readTreeLabelColumns(tsv(table).rows);
    expect(turned?.rows[2]?.cells.slice(0, 3)).toEqual([
      '行政財産(建物) 公用財産 その他の公用財産',
      '',
      '',
    ]);
    expect(turned?.origin(3, 4)).toEqual({ row: 3, column: 4 });
  });

  it('is no tree when the header names its second column, or only one column is unheaded', () => {
    expect(readTreeLabelColumns(tsv(['指標\t単位\t実績値', '利用者数\t人\t10']).rows)).toBeNull();
    const two = ['区分\t\t実績値', '幼稚園\t需要量\t10', '\t確保量\t12'];
    expect(readTreeLabelColumns(tsv(two).rows)).toBeNull();
  });

  it('is no tree when a label cell holds a figure', () => {
    const figures = ['分類\t\t\tH29', '庁舎\t6\t25,586.15\t25,691.14'];
    expect(readTreeLabelColumns(tsv(figures).rows)).toBeNull();
  });

  it('reads the tree under a line of a word and a sentence above its header (子ども・子育て 「現 状 | …」)', () => {
    const report = importReportTable(
      tsv([
        '①利用者支援事業',
        '現 状\t基本型1か所、母子保健型2か所の計3か所で実施',
        '区分\t\tR2年度\tR3年度',
        '量の見込み\t基本型\t1\t1',
        '\t母子保健型\t2\t2',
        '確保方策\t基本型\t1\t2',
        '\t母子保健型\t2\t2',
      ]),
    );
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '量の見込み 基本型',
      '量の見込み 母子保健型',
      '確保方策 基本型',
      '確保方策 母子保健型',
    ]);
    expect(report.unplaced).toEqual([]);
  });
});

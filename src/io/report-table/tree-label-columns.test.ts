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
  describe('a ごみ 改善計画書 (循環型社会形成推進地域計画): 指 標 over three columns', () => {
    const junkan = [
      '指 標\t\t\t現状\t目標(A)\t実績(B)\tB/A',
      '排 出 量\t事業系\t総排出量\t4,748t\t4,495t\t4,378t\t97.4%',
      '\t\t1事業所当たりの排出量\t1.0t/事業所\t1.0t/事業所\t1.039t/事業所\t103.9%',
      '\t家庭系\t1人当たりの排出量\t238.3kg/人\t229.8kg/人\t234.6kg/人\t102.1%',
      '再生利用量\t\t直接資源化量\t0t\t0t\t2,504t\t-',
      '\t\t総資源化量\t7,635t\t8,843t\t6,326t\t71.5%',
      '熱回収量\t\t年間の発電電力量\t- MWh\t- MWh\t- MWh\t-',
    ];

    it('reads a name per one of something (「1事業所当たりの排出量」) as a label, not a figure', () => {
      const turned = readTreeLabelColumns(tsv(junkan).rows);
      expect(turned?.rows[2]?.cells[0]).toBe('排 出 量 事業系 1事業所当たりの排出量');
    });

    it('keeps each level in its place: a lower label is not carried as a middle one', () => {
      const report = importReportTable(tsv(junkan));
      expect(report.kpis.map((k) => k.kpi.title)).toEqual([
        '排 出 量 事業系 総排出量',
        '排 出 量 事業系 1事業所当たりの排出量',
        '排 出 量 家庭系 1人当たりの排出量',
        '再生利用量 直接資源化量',
        '再生利用量 総資源化量',
        '熱回収量 年間の発電電力量',
      ]);
      expect(report.unplaced).toEqual([]);
    });

    it('keeps a line printed with no figure (「- MWh」 throughout) as one of the tree', () => {
      expect(readTreeLabelColumns(tsv(junkan).rows)?.rows[6]?.cells[0]).toBe(
        '熱回収量 年間の発電電力量',
      );
      // A line of marks alone under the header is no tree: a figure is printed somewhere.
      const none = ['分類\t\t\tH29', '庁舎\t本庁\t東\t-', '\t\t西\t-'];
      expect(readTreeLabelColumns(tsv(none).rows)).toBeNull();
    });
  });
});

describe('labels of a tree printed once under a header naming none of its columns', () => {
  // 徳島県 令和3年度 県税の税目別調定収入状況調 (8) 不動産取得税: 局 › 庁舎 › 現 / 滞 / 計.
  const rows = [
    '\t\t\t調定額\t収入額\t収入 歩合',
    '東 部\t\t現\t1420722700\t1406261800\t98.98214479152054',
    '\t\t滞\t25353245\t4134500\t16.30757719573964',
    '\t徳島\t現\t1227382200\t1213803600\t98.89369423802952',
    '\t\t滞\t24458867\t3944900\t16.128711113233496',
    '\t自動車税\t現\t\t\t',
    '\t\t滞\t\t\t',
    '南部\t\t現\t239183300\t238820600\t99.8483589782397',
    '\t\t滞\t2846300\t1388548\t48.78431648104557',
  ];

  it('reads each line a KPI named by its path, a line printed empty one too', () => {
    const report = importReportTable(tsv(rows));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '東 部 現',
      '東 部 滞',
      '東 部 徳島 現',
      '東 部 徳島 滞',
      '東 部 自動車税 現',
      '東 部 自動車税 滞',
      '南部 現',
      '南部 滞',
    ]);
    expect(report.kpis.filter((k) => k.inference.kind === 'matched')).toHaveLength(6);
    expect(report.unplaced).toEqual([]);
  });

  it('is no tree where every line prints its first label (a row of words over a row of marks)', () => {
    const words = [
      '\t\t\tH27\tH28',
      '自立性\t将来性\t地域性\t53.4%\t92.5%',
      '○\t-\t-\t53.4%\t92.5%',
    ];
    expect(readTreeLabelColumns(tsv(words).rows)).toBeNull();
  });
});

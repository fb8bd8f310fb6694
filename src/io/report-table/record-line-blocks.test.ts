import { describe, expect, it } from 'vitest';
import { contentRows } from '../grid.ts';
import { readTsv } from '../read-delimited.ts';
import { blocksOf } from './heading-blocks.ts';
import { importReportTable } from './import-report-table.ts';
import { blocksWithoutRecords, recordedHeaderAt } from './record-line-blocks.ts';

const tsv = (lines: readonly string[]) => readTsv('t.tsv', lines.join('\n'));

/** 鳥取県 工程表 水産試験場 H27: two blocks, each with its record lines before the header of roles. */
const SUISAN = [
  '指標1',
  '指標名\t指標の分類',
  '本県特産のズワイガニの水揚量1,200トン程度維持できる管理方法を確立\t成果指標',
  '\t基準値\t年度当初値\t今年度目標値\t今年度実績値\t長期的目標値',
  '数値\t1171t\t977t\t950t\t925\t1,200t',
  '時点\tH23\tH26\tH27\tH27\tH30',
  '指標2',
  '指標名\t指標の分類',
  '境港の水産加工を支えるベニズワイの漁獲量\t成果指標',
  '\t基準値\t年度当初値\t今年度目標値\t今年度実績値\t長期的目標値',
  '数値\t9,169t\t9,135t\t9,100t\t\t10,000t',
  '時点\tH22\tH26\tH27\t\tH30',
];

describe('blocks under one header printed again, with record lines before it (鳥取県 工程表)', () => {
  it('names each block by its record’s 指標名, the header and lines its own', () => {
    const { blocks, lines } = blocksOf(contentRows(tsv(SUISAN).rows));
    const out = blocksWithoutRecords(blocks, lines);
    expect(out?.blocks.map((b) => b.heading?.cells.join(''))).toEqual([
      '本県特産のズワイガニの水揚量1,200トン程度維持できる管理方法を確立',
      '境港の水産加工を支えるベニズワイの漁獲量',
    ]);
    expect(out?.blocks.map((b) => b.rows[0]?.cells[1])).toEqual(['基準値', '基準値']);
    // The replaced headings and the 指標名 labels: title lines of one cell each.
    expect(out?.lines.map((l) => l.cells.filter((c) => c !== ''))).toEqual([
      ['指標1'],
      ['指標名'],
      ['指標2'],
      ['指標名'],
    ]);
    // The records' other fields apart, per block.
    expect(out?.others.map((fields) => fields.map((f) => [f.label.text, f.value.text]))).toEqual([
      [['指標の分類', '成果指標']],
      [['指標の分類', '成果指標']],
    ]);
  });

  it('reads a KPI per block, each year’s figures under its heading, every cell placed', () => {
    const report = importReportTable(tsv(SUISAN));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '本県特産のズワイガニの水揚量1,200トン程度維持できる管理方法を確立',
      '境港の水産加工を支えるベニズワイの漁獲量',
    ]);
    const first = report.kpis[0]?.kpi;
    expect(first?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([[2015, '925']]);
    expect(first?.target?.value).toBe('1200');
    // Every block's record the same fields: columns of their own, as one sheet's are.
    expect(first?.extras).toContainEqual({ label: '指標の分類', text: '成果指標' });
    expect(report.unplaced).toEqual([]);
  });

  it('keeps the heading of a block with no record (鳥獣対策センター R2 指標1)', () => {
    const mixed = [...SUISAN.slice(0, 1), ...SUISAN.slice(3)];
    const report = importReportTable(tsv(mixed));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '指標1',
      '境港の水産加工を支えるベニズワイの漁獲量',
    ]);
    // Records not alike: their other fields title lines, every cell still placed.
    expect(report.kpis[1]?.kpi.extras).not.toContainEqual({
      label: '指標の分類',
      text: '成果指標',
    });
    expect(report.unplaced).toEqual([]);
  });

  it('is null where no block has record lines, or a record is not labels over values', () => {
    const bare = SUISAN.filter((l) => !l.startsWith('指標名') && !l.includes('成果指標'));
    const plain = blocksOf(contentRows(tsv(bare).rows));
    expect(blocksWithoutRecords(plain.blocks, plain.lines)).toBeNull();
    const odd = SUISAN.filter((l) => !l.includes('成果指標'));
    const broken = blocksOf(contentRows(tsv(odd).rows));
    expect(blocksWithoutRecords(broken.blocks, broken.lines)).toBeNull();
  });

  it('takes no KPI’s unlabelled line for a header, nor a header of years for record lines (三重県 基本事業)', () => {
    const mie = [
      '基本事業の数値目標',
      '数値目標の指標名\t区分\t2001\t2002\t2003',
      '生活排水処理率 (%)\t目標\t55\t60\t62',
      '\t実績\t57.2\t60\t',
    ];
    const [block] = blocksOf(contentRows(tsv(mie).rows)).blocks;
    expect(block && recordedHeaderAt(block)).toBe(-1);
  });
});

describe('fields printed each on a line of its own before a block’s header (施策評価シート 「単位 | 人」)', () => {
  const SHEET = [
    '成果指標名\t市民農園利用者数\t\t\t',
    '単位\t人\t\t\t',
    '\tR3\tR4\tR5\tR7（目標）',
    '目標値\t100\t110\t120\t150',
    '実績値\t95\t105\t114\t',
    '達成率\t95.0%\t95.5%\t95.0%\t',
    '成果指標名\t相談件数\t\t\t',
    '単位\t件\t\t\t',
    '\tR3\tR4\tR5\tR7（目標）',
    '目標値\t50\t55\t60\t80',
    '実績値\t40\t50\t66\t',
    '達成率\t80.0%\t90.9%\t110.0%\t',
  ];

  it('are the block’s record: the header after them, each KPI its unit from them', () => {
    const { blocks } = blocksOf(contentRows(tsv(SHEET).rows));
    expect(blocks.map(recordedHeaderAt)).toEqual([1, 1]);
    const report = importReportTable(tsv(SHEET));
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.unit])).toEqual([
      ['市民農園利用者数', '人'],
      ['相談件数', '件'],
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('are none where a line before the header holds a figure, or more than a label and its value', () => {
    const figures = SHEET.map((l) => (l.startsWith('単位') ? '単位\t人\t100\t\t' : l));
    expect(blocksOf(contentRows(tsv(figures).rows)).blocks.map(recordedHeaderAt)).not.toEqual([
      1, 1,
    ]);
  });
});

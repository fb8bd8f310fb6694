import { describe, expect, it } from 'vitest';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { readNumberedTreeLabels } from './numbered-tree-labels.ts';

const tsv = (lines: string[]) => readTsv('outline.tsv', lines.join('\n'));

describe('row labels numbered at several levels, an outline (市町村税の徴収実績)', () => {
  const table = [
    '区分\t目標値\t令和5年度 実績値\t達成率',
    '一 普 通 税\t200\t180\t90',
    '1 法定普通税\t200\t180\t90',
    '(1) 市町村民税\t100\t90\t90',
    '(ア) 個 人\t60\t54\t90',
    '① 均等割\t20\t19\t95',
    '② 所得割\t40\t35\t87.5',
    '上記のうち退職所得分\t10\t10\t100',
    '(イ) 法 人\t40\t36\t90',
    '① 均等割\t30\t27\t90',
    '(2) 固定資産税\t100\t90\t90',
    '合 計\t200\t180\t90',
  ];

  it('names each line by its path as printed, each KPI once, a 合計 of the first level’s lines', () => {
    const report = importReportTable(tsv(table));
    const path = '一普通税 1法定普通税 (1)市町村民税';
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '一普通税',
      '一普通税 1法定普通税',
      path,
      `${path} (ア)個人`,
      `${path} (ア)個人 ①均等割`,
      `${path} (ア)個人 ②所得割`,
      `${path} (ア)個人 ②所得割 上記のうち退職所得分`,
      `${path} (イ)法人`,
      `${path} (イ)法人 ①均等割`,
      '一普通税 1法定普通税 (2)固定資産税',
      '合計',
    ]);
    expect(new Set(report.kpis.map((k) => k.kpi.code)).size).toBe(11);
    expect(report.problems).toEqual([]);
    expect(report.unplaced).toEqual([]);
    expect(checkReport(report).summary).toEqual({ kpis: 11, printed: 11, matched: 11 });
  });

  it('keeps every cell in its place and lists a label as the file prints it', () => {
    const turned = readNumberedTreeLabels(tsv(table).rows);
    expect(turned?.rows[5]?.cells[0]).toBe('一普通税 1法定普通税 (1)市町村民税 (ア)個人 ①均等割');
    expect(turned?.origin(6, 2)).toEqual({ row: 6, column: 2 });
    expect(turned?.printed?.(6, 1)).toBe('① 均等割');
    expect(turned?.keepsRows).toBe(true);
  });

  it('reads the numbers typed in full or half width as the same levels', () => {
    const widths = [
      '区分\t目標値\t実績値',
      '（１） 市町村民税\t100\t90',
      '(ｱ) 個人\t60\t54',
      '① 均等割\t20\t19',
      '(ｲ) 法人\t40\t36',
      '① 均等割\t30\t27',
    ];
    const turned = readNumberedTreeLabels(tsv(widths).rows);
    expect(turned?.rows.map((r) => r.cells[0])).toEqual([
      '区分',
      '（１）市町村民税',
      '（１）市町村民税 (ｱ)個人',
      '（１）市町村民税 (ｱ)個人 ①均等割',
      '（１）市町村民税 (ｲ)法人',
      '（１）市町村民税 (ｲ)法人 ①均等割',
    ]);
  });

  it('leaves numbers alone that are never printed twice, or of fewer than three styles', () => {
    const codes = [
      '指標\t目標値\t実績値',
      '① 利用者数\t10\t8',
      '② 相談件数\t5\t5',
      '(1) 会議\t2\t2',
    ];
    expect(readNumberedTreeLabels(tsv(codes).rows)).toBeNull();
    const two = [
      '指標\t目標値\t実績値',
      '1 利用者数\t10\t8',
      '① 窓口\t5\t5',
      '2 相談\t2\t2',
      '① 窓口\t1\t1',
    ];
    expect(readNumberedTreeLabels(tsv(two).rows)).toBeNull();
  });
});

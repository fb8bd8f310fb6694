import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { emptyDraft } from './kpi-draft.ts';
import { TotalMembers } from './total-members.ts';

const row = (title: string) => {
  const draft = emptyDraft('', 1, 1);
  draft.title = title;
  return [draft];
};

describe('the members of a total row', () => {
  it('a header printed again starts a table of its own: its 合計 totals its rows alone', () => {
    const totals = new TotalMembers();
    const [a, b, c] = [row('灯油'), row('灯油'), row('電気')];
    totals.add(totals.roleOf('灯油', '灯油', false), a);
    totals.headerAgain();
    totals.add(totals.roleOf('灯油', '灯油', false), b);
    totals.add(totals.roleOf('電気', '電気', false), c);
    expect(totals.roleOf('合計', '合計', true)).toMatchObject({ members: [b, c] });
  });

  it('a 計 totals the rows since the previous 計, a 合計 those since the previous 合計', () => {
    const totals = new TotalMembers();
    const [a, b, c] = [row('一般'), row('企業'), row('一般')];
    totals.add(totals.roleOf('一般', '一般', false), a);
    totals.add(totals.roleOf('企業', '企業', false), b);
    const subtotal = totals.roleOf('計', '計', true);
    expect(subtotal).toEqual({ kind: 'subtotal', codeLabel: '計', members: [a, b] });
    totals.add(subtotal, row('計'));
    totals.add(totals.roleOf('一般', '一般', false), c);
    expect(totals.roleOf('合計', '合計', true)).toMatchObject({ members: [a, b, c] });
  });

  it('a breakdown of the row above (うち…) is no member of a total: the row above counts it', () => {
    const totals = new TotalMembers();
    const [a, part, b] = [row('特別行政部門'), row('うち教育部門'), row('公営企業部門')];
    totals.add(totals.roleOf('特別行政部門', '特別行政部門', false), a);
    const breakdown = totals.roleOf('うち教育部門', 'うち教育部門', false);
    expect(breakdown).toEqual({ kind: 'kpi', breakdown: true });
    totals.add(breakdown, part);
    totals.add(totals.roleOf('公営企業部門', '公営企業部門', false), b);
    expect(totals.roleOf('合計', '合計', true)).toMatchObject({ members: [a, b] });
  });

  it('a line named under another line’s name (an outline, 「一普通税 1法定普通税」) is a part of it', () => {
    const totals = new TotalMembers();
    const titles = ['一普通税', '一普通税 1法定普通税', '二目的税', '二目的税 1法定目的税'];
    const rows = titles.map(row);
    const roles = titles.map((title, n) => {
      const role = totals.roleOf(title, title, false);
      totals.add(role, rows[n] ?? []);
      return role;
    });
    expect(roles.map((r) => r.kind === 'kpi' && r.breakdown === true)).toEqual([
      false,
      true,
      false,
      true,
    ]);
    expect(totals.roleOf('合計', '合計', true)).toMatchObject({ members: [rows[0], rows[2]] });
  });

  it('a 小計 totals the rows since the previous 計 or 小計, and stands for them in the 計 after it', () => {
    const totals = new TotalMembers();
    const [a, b, c] = [row('市'), row('町'), row('一部事務組合等')];
    totals.add(totals.roleOf('市', '市', false), a);
    totals.add(totals.roleOf('町', '町', false), b);
    const partial = totals.roleOf('小計', '小計', true);
    expect(partial).toEqual({ kind: 'subtotal', codeLabel: '小計', members: [a, b] });
    const subtotal = row('小計');
    totals.add(partial, subtotal);
    totals.add(totals.roleOf('一部事務組合等', '一部事務組合等', false), c);
    expect(totals.roleOf('計', '計', true)).toMatchObject({ members: [subtotal, c] });
    totals.add(totals.roleOf('計', '計', true), row('計'));
    expect(totals.roleOf('計', '計', true)).toMatchObject({ members: [] });
  });

  it('in a group a tree cell names 合計, each row totals the rows of its label, its 計 all', () => {
    const totals = new TotalMembers();
    const [a, b, c] = [row('一般'), row('企業'), row('一般')];
    for (const r of [a, b, c]) totals.add(totals.roleOf('', r[0]?.title ?? '', false), r);
    totals.treeCell('合計');
    const general = totals.roleOf('一般', '一般', false);
    expect(general).toEqual({ kind: 'grand-total', codeLabel: '合計 一般', members: [a, c] });
    totals.add(general, row('一般'));
    expect(totals.roleOf('計', '計', true)).toEqual({
      kind: 'grand-total',
      codeLabel: '合計',
      members: [a, b, c],
    });
    totals.treeCell('第2章');
    expect(totals.roleOf('一般', '一般', false)).toEqual({ kind: 'kpi' });
  });
});

describe('grouped rows (富士市): the group name on its first row only, a 会計 column naming the KPIs', () => {
  const table = [
    '章\t会計\t計画 事業費 (A)\t実績 (B) 事業数\t実績 (B) 事業費\t進捗率 (B)/(A)',
    '第1章 安全\t一般\t100\t3\t90\t90.0%',
    '\t企業\t50\t1\t60\t120.0%',
    '\t計\t150\t4\t150\t100.0%',
    '第2章 環境\t一般\t200\t2\t100\t50.0%',
    '\t計\t200\t2\t100\t50.0%',
    '合計\t一般\t300\t5\t190\t63.3%',
    '\t企業\t50\t1\t60\t120.0%',
    '\t計\t350\t6\t250\t71.4%',
  ];
  const read = (lines: string[]) => importReportTable(readTsv('grouped-h27.tsv', lines.join('\n')));

  it('reads a KPI per row under its 章, 計 and the 合計 group as totals, the rate on the amounts', () => {
    const report = read(table);
    expect(checkReport(report).summary).toEqual({ kpis: 8, printed: 8, matched: 8 });
    expect(report.kpis.map((k) => k.kpi.code)).toEqual([
      '1',
      '2',
      '計',
      '3',
      '計2',
      '合計 一般',
      '合計 企業',
      '合計',
    ]);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'policy',
      'kpi',
      'target',
      'other',
      'actual',
      'rate',
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('says where a total is not the sum of its rows, counts beside the amounts included', () => {
    const wrong = [...table];
    wrong[3] = '\t計\t150\t5\t150\t100.0%';
    wrong[6] = '合計\t一般\t300\t5\t191\t63.7%';
    const problems = read(wrong).problems;
    expect(problems.map((p) => [p.row, p.column, p.kind])).toEqual([
      [4, 4, 'total'],
      [7, 5, 'total'],
    ]);
  });
});

describe('小計 and 計 rows under the KPI rows they total (三重県 定員管理調査)', () => {
  const table = [
    '区分\tH22.4.1 総職員数 (人)\tH23.4.1 総職員数 (人)\t増減数 (人)\t増減率 (%)',
    '市\t16,363\t16,101\t▲262 (▲498)\t▲1.6(▲3.0)',
    '町\t2,550\t2,542\t▲8 (▲34)\t▲0.3(▲1.3)',
    '小計\t18,913\t18,643\t▲270(▲532)\t▲1.4(▲2.7)',
    '一部事務組合等\t1,583\t1,564\t▲ 19(▲ 9)\t▲1.2(▲0.6)',
    '計\t20,496\t20,207\t▲289(▲541)\t▲1.4(▲2.6)',
  ];
  const read = (lines: string[]) => importReportTable(readTsv('mie-h23.tsv', lines.join('\n')));

  it('reads them as total lines checked against their rows, the shares (%) not summed', () => {
    const report = read(table);
    expect(report.kpis.map((k) => k.kpi.code)).toEqual(['1', '2', '小計', '3', '計']);
    expect(report.reading.rows.map((r) => r.kind)).toEqual([
      'header',
      'kpi',
      'kpi',
      'subtotal',
      'kpi',
      'subtotal',
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('says where one is not the sum of its rows: 計 against 小計 and the row after it', () => {
    const wrong = [...table];
    wrong[5] = '計\t20,497\t20,207\t▲289(▲541)\t▲1.4(▲2.6)';
    // Its printed change (▲289) is no longer 20,207 − 20,497 either.
    expect(read(wrong).problems.map((p) => [p.row, p.column, p.kind])).toEqual([
      [6, 2, 'total'],
      [6, 4, 'difference'],
    ]);
    wrong[3] = '小計\t18,913\t18,642\t▲270(▲532)\t▲1.4(▲2.7)';
    expect(read(wrong).problems.map((p) => [p.row, p.column, p.kind])).toEqual([
      [4, 3, 'total'],
      [6, 2, 'total'],
      [6, 3, 'total'],
      [4, 4, 'difference'],
      [6, 4, 'difference'],
    ]);
  });
});

describe('two tables under one header printed again, each under its heading (厚沢部町 燃料 / CO2)', () => {
  const table = (total: string) =>
    [
      '1.使用量',
      '種類\t単位\t基準年度 R1\t目標年度 R7\tR3',
      '灯油\tℓ\t100\t95\t90',
      '電気\tkWh\t200\t190\t210',
      '2.換算量',
      '種類\t単位\t基準年度 R1\t目標年度 R7\tR3',
      '灯油\tkg\t250\t238\t225',
      '電気\tkg\t100\t95\t105',
      `合計\t\t350\t333\t${total}`,
    ].join('\n');

  it('checks the second table 合計 against its own rows, not the first table rows too', () => {
    const report = importReportTable(readTsv('two.tsv', table('330')));
    expect(report.problems.filter((p) => p.kind === 'total')).toEqual([]);
  });

  it('reports a 合計 its own rows do not add up to, naming its row and column', () => {
    const report = importReportTable(readTsv('two.tsv', table('331')));
    expect(report.problems.filter((p) => p.kind === 'total')).toMatchObject([
      { row: 9, column: 5, message: expect.stringContaining('sum to 330') },
    ]);
  });
});

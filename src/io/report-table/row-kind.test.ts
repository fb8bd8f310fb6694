import { describe, expect, it } from 'vitest';
import { classifyHeader } from './column-role.ts';
import type { Column } from './header-map.ts';
import { alignRow } from './row-alignment.ts';
import { rowKind } from './row-kind.ts';

const columns: Column[] = [
  '基本方針',
  'テーマ',
  '指標',
  '担当課',
  'R5実績',
  '目標値',
  '達成率',
].map((label, index) => ({ index, label, block: '', unit: null, ...classifyHeader(label) }));
const kindOf = (cells: string[], afterKpi = true) =>
  rowKind(alignRow({ row: 9, cells }, 2), { columns, kpiColumn: 2, afterKpi });

describe('row kinds', () => {
  it('reads a KPI row, and a 計 line with a rate of its own as a total line', () => {
    expect(kindOf(['', '', '① 参加者数', '企画課', '3', '4', '75%'])).toEqual({
      kind: 'kpi',
      totalLine: false,
    });
    expect(kindOf(['', '', '計', '', '6', '8', '75%'])).toEqual({ kind: 'kpi', totalLine: true });
  });
  it('reads the header printed again as the header (富山県’s second table under the same header)', () => {
    expect(kindOf(['', '', '指標', '担当課', 'R5実績', '目標値', '達成率'])).toEqual({
      kind: 'header',
    });
    expect(kindOf(['', '', '指標', '企画課', 'R5実績'])).toEqual({ kind: 'kpi', totalLine: false });
  });
  it('reads continuations after a KPI only: 累計, 合計 and a department', () => {
    expect(kindOf(['', '', '', '累計', '12'])).toEqual({ kind: 'cumulative', labelIndex: 3 });
    expect(kindOf(['', '', '', '合計', '2'])).toEqual({ kind: 'total', labelIndex: 3 });
    expect(kindOf(['', '', '', '情報政策課', '0'])).toEqual({ kind: 'department', labelIndex: 3 });
    expect(kindOf(['', '', '', '累計', '12'], false)).toEqual({ kind: 'stray' });
  });
  it('reads a line saying when the figures were counted as a note (介護保険事業計画 表2)', () => {
    expect(kindOf(['', '', '比較時点は各年10月時点'])).toEqual({ kind: 'note' });
    expect(kindOf(['', '', '(各年度の確定数値は3月末現在)'])).toEqual({ kind: 'note' });
    expect(kindOf(['', '', '職員数(4月1日現在)', '', '144'])).toEqual({
      kind: 'kpi',
      totalLine: false,
    });
  });
  it('reads a rate’s formula stated under the table as a note (宇陀市 数値目標評価シート)', () => {
    expect(kindOf(['達成率=指標の実績値÷指標の目標値'])).toEqual({ kind: 'note' });
    expect(kindOf(['', '', '進捗率 = 実績 / 目標'])).toEqual({ kind: 'note' });
    expect(kindOf(['', '', '達成率=実績値÷目標値', '', '95%'])).not.toEqual({ kind: 'note' });
  });
  it('reads a note under the table (※…, 注…) as no KPI, a KPI that says ※ after its name as one', () => {
    expect(kindOf(['', '', '※増減率は小数第2位を四捨五入しています。'])).toEqual({ kind: 'note' });
    expect(kindOf(['(注) 見込値を含む。'])).toEqual({ kind: 'note' });
    // 日進市 食育: notes under the table marked with an asterisk, half or full width.
    expect(kindOf(['*目標値は、策定時に立てた目標とする数値'])).toEqual({ kind: 'note' });
    expect(kindOf(['＊中学生は中学校3年生'])).toEqual({ kind: 'note' });
    expect(kindOf(['* 参加者数', '', '3'])).toEqual({ kind: 'kpi', totalLine: false });
    expect(kindOf(['', '', '⑱ 訓練回数 ※見込み', '', '3'])).toEqual({
      kind: 'kpi',
      totalLine: false,
    });
    expect(kindOf(['', '', '※ 参加者数', '', '3'])).toEqual({ kind: 'kpi', totalLine: false });
  });
  it('reads a department in the KPI column as a KPI, tree cells alone as a heading', () => {
    expect(kindOf(['', '', '総務課', '', '1'])).toEqual({ kind: 'kpi', totalLine: false });
    expect(kindOf(['2 公共施設', '3 再配置'])).toEqual({ kind: 'heading' });
  });
  it('realigns a row shifted left (⑲): its code was one column early', () => {
    const aligned = alignRow({ row: 30, cells: ['', '⑲ 訓練回数', '情報政策課'] }, 2);
    expect(aligned).toEqual({ row: 30, cells: ['', '', '⑲ 訓練回数', '情報政策課'], shift: 1 });
    expect(rowKind(aligned, { columns, kpiColumn: 2, afterKpi: true })).toEqual({
      kind: 'kpi',
      totalLine: false,
    });
  });
  it('leaves a row that fills the header in place: its numbered cell is a theme, not a code moved left', () => {
    // 福井市 水道ビジョン: 施策 「①おいしい水の供給」 before 指標, every column filled.
    const cells = ['安定供給の持続', '①おいしい水の供給', '水質基準不適合率', '0', '0'];
    expect(alignRow({ row: 12, cells }, 2, 5).shift).toBe(0);
    expect(alignRow({ row: 30, cells: ['', '⑲ 訓練回数', '情報政策課'] }, 2, 5).shift).toBe(1);
  });
});

describe('the header printed again, its ASCII cells compared with no NFKC', () => {
  const yearColumns: Column[] = ['指標', 'R5', '2023', 'KPI (件)'].map((label, index) => ({
    index,
    label,
    block: '',
    unit: null,
    ...classifyHeader(label),
  }));
  const kind = (cells: string[]) =>
    rowKind(alignRow({ row: 9, cells }, 0), { columns: yearColumns, kpiColumn: 0, afterKpi: true })
      .kind;
  it('is the header where every cell is its label, squeezed, ASCII ones as they are', () => {
    expect(kind(['指標', 'R5', '2023', 'KPI (件)'])).toBe('header');
    expect(kind(['指標', 'Ｒ５', '２０２３', 'KPI(件)'])).toBe('header');
    expect(kind(['指標', 'R5', '2023'])).toBe('header');
  });
  it('is no header where an ASCII cell is not its label', () => {
    expect(kind(['指標', 'R5', '2024', 'KPI (件)'])).not.toBe('header');
    expect(kind(['指標', 'R5', '2023', 'KPI(件)x'])).not.toBe('header');
    expect(kind(['指標', '3,186', '2023'])).not.toBe('header');
  });
});

import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { Plan } from '../../domain/model.ts';
import { mapPlanKpis } from '../../domain/model.ts';
import { TIDY_COLUMNS, tidyCsv } from './tidy-csv.ts';
import { yuzawaPlan } from '../../../test/support/yuzawa-export-fixture.ts';
import { figure } from '../../../test/support/yuzawa-kpis.ts';

let plan: Plan;
let year: FiscalYear;
let records: Record<string, string>[];
const YUZAWA = { code: '052078', name: '湯沢市' };

beforeAll(async () => {
  ({ plan, year } = await yuzawaPlan());
  const bytes = tidyCsv(plan, year, YUZAWA, 'utf-8');
  records = parse(new TextDecoder().decode(bytes), { bom: true, columns: true });
});

describe('the open-data CSV (tidy)', () => {
  it('follows its column rules on every row', () => {
    const text = new TextDecoder().decode(tidyCsv(plan, year, YUZAWA, 'utf-8'));
    const rows: string[][] = parse(text, { bom: true });
    expect(rows[0]).toEqual([...TIDY_COLUMNS]);
    expect(rows.every((r) => r.length === TIDY_COLUMNS.length)).toBe(true);
    const numeric = [
      '実績値',
      '副数値',
      '基準値',
      '目標値',
      '達成率',
      '年度',
      '基準年度',
      '目標年度',
    ];
    for (const record of records) {
      expect(record['全国地方公共団体コード']).toMatch(/^\d{6}$/);
      expect(record['地方公共団体名']).toBe('湯沢市');
      for (const column of numeric) {
        const value = record[column] ?? '';
        expect(value, `${record['KPI番号']} ${column}`).toMatch(/^(-?\d+(\.\d+)?)?$/);
      }
      expect(record['年度表記']).toMatch(/^[RH]\d+$/);
      expect(['0', '1']).toContain(record['見込']);
      expect(record['単位']).not.toBe('');
    }
  });

  it('gives ⑰ one row per department and year, its 累計, and the year’s rate and grade', () => {
    const seventeen = records.filter((r) => r['KPI番号'] === '⑰');
    const r5 = seventeen.filter((r) => r['年度'] === '2023');
    expect(r5.map((r) => [r['区分'], r['担当課'], r['実績値'], r['達成率'], r['評価']])).toEqual([
      ['担当課別', '総務課', '1', '76', 'C'],
      ['担当課別', '情報政策課', '0', '76', 'C'],
      ['担当課別', '上下水道課', '0', '76', 'C'],
      ['累計', '総務課、情報政策課、上下水道課', '13', '76', 'C'],
    ]);
    expect(seventeen).toHaveLength(12);
    expect(seventeen.find((r) => r['年度'] === '2021' && r['区分'] === '累計')?.['年度表記']).toBe(
      'R3',
    );
  });

  it('writes numbers without units or separators, the unit apart, ⑱’s (1) as a secondary count', () => {
    const seventh = records.find((r) => r['KPI番号'] === '⑦' && r['年度'] === '2023');
    expect(seventh).toMatchObject({ 実績値: '283179', 単位: 'm²', 目標値: '264000', 達成率: '93' });
    const sixteenth = records.find((r) => r['KPI番号'] === '⑯' && r['年度'] === '2023');
    expect(sixteenth).toMatchObject({ 実績値: '8.39', 達成率: '100.2', 評価: 'A' });
    const water = records.find(
      (r) => r['KPI番号'] === '⑱' && r['担当課'] === '上下水道課' && r['年度'] === '2021',
    );
    expect(water).toMatchObject({ 実績値: '', 副数値: '1' });
    // ⑱'s cumulative row is printed 合計, and keeps that name.
    expect(
      records.filter((r) => r['KPI番号'] === '⑱' && r['年度'] === '2023').map((r) => r['区分']),
    ).toEqual(['担当課別', '担当課別', '担当課別', '合計']);
    // ⑨ has no target: no rate, not 0.
    expect(records.find((r) => r['KPI番号'] === '⑨')?.['達成率']).toBe('');
  });

  it('gives a KPI’s yearly plan a row of its own, 区分 計画値, beside its result', () => {
    const planned = mapPlanKpis(plan, (k) =>
      k.code === '①'
        ? { ...k, basis: 'milestone', milestones: [{ fiscalYear: year, figure: figure('4') }] }
        : k,
    );
    const rows: Record<string, string>[] = parse(
      new TextDecoder().decode(tidyCsv(planned, year, YUZAWA, 'utf-8')),
      { bom: true, columns: true },
    );
    const first = rows.filter((r) => r['KPI番号'] === '①' && r['年度'] === '2023');
    expect(first.map((r) => [r['区分'], r['実績値'], r['達成率']])).toEqual([
      ['実績値', '1', '25'],
      ['計画値', '4', '25'],
    ]);
    expect(records.some((r) => r['区分'] === '計画値')).toBe(false);
  });
});

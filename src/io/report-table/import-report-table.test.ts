import { beforeAll, describe, expect, it } from 'vitest';
import { achievement } from '../../domain/achievement.ts';
import { planKpis } from '../../domain/model.ts';
import type { Kpi } from '../../domain/model.ts';
import { formatRate } from '../../domain/rate-format.ts';
import type { CompleteReport } from '../imported-report.ts';
import { requireComplete } from './missing-role.ts';
import { readReportFile } from '../read-report-file.ts';
import { fixtureBytes } from '../../../test/support/test-files.ts';

let report: CompleteReport;
const kpi = (code: string): Kpi => {
  const found = planKpis(report.plan).find((k) => k.code === code);
  if (!found) throw new Error(`no KPI ${code}`);
  return found;
};
const rate = (code: string) => {
  const result = achievement(kpi(code), report.fiscalYear);
  return result.kind === 'rate' ? formatRate(result.ratio, report.plan.ratePrecision) : null;
};
const values = (figures: Kpi['actuals']) =>
  figures.map((f) => [f.fiscalYear, f.figure.value, f.figure.secondary]);

beforeAll(async () => {
  report = requireComplete(
    await readReportFile('yuzawa-r5-kpi-report.tsv', fixtureBytes('yuzawa')),
  );
});

describe('the Yuzawa R5 table', () => {
  it('reads 20 KPIs, places every cell, and reports year R5', () => {
    expect(report.fiscalYear).toBe(2023);
    expect(
      planKpis(report.plan)
        .map((k) => k.code)
        .join(''),
    ).toBe('①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳');
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('reproduces all 18 printed rates, and gives ⑨ and ⑫ (no target) no rate', () => {
    for (const imported of report.kpis) {
      const printed = imported.printedRateText;
      expect(rate(imported.kpi.code), imported.kpi.code).toBe(printed);
    }
    expect(report.kpis.filter((k) => k.printedRate !== null)).toHaveLength(18);
    expect(rate('⑨')).toBeNull();
    expect(rate('⑫')).toBeNull();
  });

  it('builds the plan tree: 4 basic policies, 12 theme programs with their action items', () => {
    const policies = report.plan.policies;
    expect(policies.map((p) => `${p.number} ${p.name}`)).toEqual([
      '1 地域経営マネジメント',
      '2 公共施設マネジメント',
      '3 行政経営マネジメント',
      '4 リスクマネジメント',
    ]);
    const themes = policies.flatMap((p) => p.themes);
    expect(themes).toHaveLength(12);
    expect(themes[0]).toMatchObject({
      number: '1',
      name: '地域経営の仕組みづくり',
      actionItems: ['1', '2', '3'],
    });
    expect(themes[4]?.actionItems).toEqual(['10', '11', '12', '13', '14']);
  });

  it('reads the KPI cell: code, ★ tag, title and the ※ note', () => {
    expect(kpi('①')).toMatchObject({
      tags: ['★'],
      title: '新たな仕組みによりまちづくりに取り組む地区・団体数',
    });
    expect(kpi('⑥').tags).toEqual([]);
    expect(kpi('⑱').title).toBe('業務継続計画の策定及び見直し件数');
    expect(kpi('⑱').note).toBe('実績値（）内は策定済の計画を見直した件数');
  });

  it('keeps figures exactly as printed: ④ baseline 34.0 (R1), ⑯ 8.39 億円, ⑦ unit m²', () => {
    expect(kpi('④').baseline).toEqual({ value: '34.0', fiscalYear: 2019 });
    expect(values(kpi('⑯').actuals)).toEqual([
      [2021, '8.48', null],
      [2022, '8.61', null],
      [2023, '8.39', null],
    ]);
    expect(kpi('⑯').unit).toBe('億円');
    expect(kpi('⑦').unit).toBe('m²');
    expect(kpi('⑦').target).toEqual({ kind: 'value', value: '264000', fiscalYear: 2026 });
    expect(kpi('①').baseline).toBeNull();
  });

  it('infers direction from baseline → target: ⑦ ⑭ ⑮ ⑯ decrease, the rest increase', () => {
    const decreasing = planKpis(report.plan)
      .filter((k) => k.direction === 'decrease')
      .map((k) => k.code);
    expect(decreasing).toEqual(['⑦', '⑭', '⑮', '⑯']);
  });

  it('infers the basis that reproduces the print: ⑩ cumulative, ⑪ sum over the period', () => {
    expect(kpi('⑩').basis).toBe('cumulative');
    expect(values(kpi('⑩').cumulativeActuals)).toEqual([
      [2021, '3', null],
      [2022, '3', null],
      [2023, '3', null],
    ]);
    expect(kpi('⑪').basis).toBe('period-sum');
    expect(kpi('①').basis).toBe('latest');
  });

  it('repairs ⑰: three departments, the first row being 総務課, the 累計 row shifted left', () => {
    const k = kpi('⑰');
    expect(k.departments).toEqual(['総務課', '情報政策課', '上下水道課']);
    expect(
      k.departmentActuals.map((d) => [
        d.department,
        d.actuals.map((a) => a.figure.value).join(','),
      ]),
    ).toEqual([
      ['総務課', '0,0,1'],
      ['情報政策課', '0,0,0'],
      ['上下水道課', '1,0,0'],
    ]);
    expect(values(k.cumulativeActuals).map((v) => v[1])).toEqual(['12', '12', '13']);
    expect(k.basis).toBe('cumulative');
  });

  it('splits the joined narratives of ⑰ and ⑱ by department', () => {
    const narratives = kpi('⑰').narratives;
    expect(narratives.map((n) => n.department)).toEqual(['総務課', '情報政策課', '上下水道課']);
    expect(narratives[0]?.text).toBe('令和5年10月「湯沢市選挙管理委員会危機管理マニュアル」を策定');
    expect(narratives[2]?.text.startsWith('令和3年度に策定済み')).toBe(true);
    expect(kpi('②').narratives).toHaveLength(1);
    expect(kpi('②').narratives[0]?.department).toBeNull();
    expect(kpi('⑮').narratives).toHaveLength(1);
  });

  it('reads ⑱ "2(1)" and "(1)": secondary counts of reviewed plans', () => {
    const k = kpi('⑱');
    const water = k.departmentActuals.find((d) => d.department === '上下水道課');
    expect(water?.actuals[0]?.figure).toEqual({
      value: null,
      secondary: '1',
      mark: null,
      estimate: false,
    });
    expect(values(k.cumulativeActuals)).toEqual([
      [2021, '2', '1'],
      [2022, '2', '0'],
      [2023, '2', '0'],
    ]);
  });

  it('keeps the label each cumulative row is printed under: ⑱ 合計, ⑩ and ⑰ 累計', () => {
    expect(kpi('⑱').cumulativeLabel).toBe('合計');
    expect(kpi('⑩').cumulativeLabel).toBe('累計');
    expect(kpi('⑰').cumulativeLabel).toBe('累計');
  });

  it('realigns ⑲ and ⑳, shifted left by one column, under policy 4', () => {
    const risk = report.plan.policies[3];
    expect(risk?.themes.map((t) => `${t.number} ${t.name}`)).toEqual([
      '10 危機管理への的確な対応',
      '11 ICTの危機管理',
      '12 コンプライアンスの徹底',
    ]);
    expect(kpi('⑲')).toMatchObject({
      departments: ['情報政策課'],
      unit: '回',
      baseline: { value: '1' },
    });
    expect(kpi('⑳').narratives[0]?.text.startsWith('令和5年度は、災害派遣等')).toBe(true);
  });
});

describe('the plan period', () => {
  it('runs from the first actual year to the target year: R3–R8', () => {
    expect([report.plan.startYear, report.plan.endYear]).toEqual([2021, 2026]);
  });
});

import { describe, expect, it } from 'vitest';
import { fiscalYear } from './fiscal-year.ts';
import type { ReportRow } from './plan-report.ts';
import type { Plan } from './model.ts';
import {
  describeQuery,
  isFiltered,
  parseTableQuery,
  planWithKpis,
  queryFileTag,
  queryRows,
  reportDepartments,
} from './report-query.ts';

const R5 = fiscalYear(2023);

function row(code: string, fields: Partial<ReportRow>): ReportRow {
  return {
    code,
    title: '',
    note: null,
    tags: [],
    policy: { number: '1', name: '地域経営マネジメント' },
    theme: { number: '1', name: '地域経営の仕組みづくり', actionItems: ['1', '2', '3'] },
    departments: ['企画課'],
    unit: '件',
    counting: 'single-year',
    direction: 'increase',
    basis: 'latest',
    formula: 'ratio',
    baseline: null,
    target: null,
    actuals: [],
    plans: null,
    departmentRows: [],
    cumulativeRow: null,
    cumulativeLabel: '累計',
    rate: null,
    ratio: null,
    grade: null,
    noRateReason: 'no-target',
    explanation: null,
    projection: null,
    atRisk: false,
    previous: null,
    narratives: [],
    extras: [],
    ...fields,
  };
}

// Real rows of the Yuzawa R5 table, reduced to what the filters read.
const rows = [
  row('①', {
    title: '新たな仕組みによりまちづくりに取り組む地区・団体数',
    tags: ['★'],
    departments: ['まちづくり協働課'],
    ratio: 0.5,
    grade: 'D',
  }),
  row('⑦', {
    title: '公共施設の延べ床面積',
    tags: ['★'],
    policy: { number: '2', name: '公共施設マネジメント' },
    ratio: 0.9323,
    grade: 'B',
  }),
  row('⑨', {
    title: '公共施設の管理運営において新たに地域力・民間活力を活用した施設数',
    policy: { number: '2', name: '公共施設マネジメント' },
  }),
  row('⑩', {
    title: 'インフラ施設における包括的民間委託件数（契約件数）',
    policy: { number: '2', name: '公共施設マネジメント' },
    ratio: 3 / 7,
    grade: 'D',
    narratives: [
      { department: null, text: '上下水道事業においてウォーターＰＰＰの導入検討が求められている' },
    ],
  }),
  row('⑰', {
    title: '危機管理マニュアル件数',
    departments: ['総務課'],
    departmentRows: [
      {
        department: '上下水道課',
        actuals: [{ fiscalYear: R5, text: '0', value: null, secondary: null, estimate: false }],
      },
    ],
    ratio: 13 / 17,
    grade: 'C',
  }),
];

const codes = (search: string) =>
  queryRows(rows, parseTableQuery(new URLSearchParams(search))).map((r) => r.code);

describe('progress table query', () => {
  it('keeps every row in table order without parameters', () => {
    expect(codes('')).toEqual(['①', '⑦', '⑨', '⑩', '⑰']);
  });

  it('filters by basic policy, tag and grade, "none" for KPIs without a rate (⑨)', () => {
    expect(codes('policy=2')).toEqual(['⑦', '⑨', '⑩']);
    expect(codes('policy=2&tag=★')).toEqual(['⑦']);
    expect(codes('grade=D')).toEqual(['①', '⑩']);
    expect(codes('grade=none')).toEqual(['⑨']);
  });

  it('finds a department named only in a breakdown row (⑰ 上下水道課)', () => {
    expect(codes('dept=上下水道課')).toEqual(['⑰']);
    expect(reportDepartments(rows)).toEqual(['まちづくり協働課', '企画課', '総務課', '上下水道課']);
  });

  it('searches titles and narratives with full- and half-width letters alike', () => {
    expect(codes('q=ウォーターPPP')).toEqual(['⑩']);
    expect(codes('q=公共施設 延べ')).toEqual(['⑦']);
  });

  it('sorts by the API ratio, KPIs without a rate last either way', () => {
    expect(codes('sort=rate-desc')).toEqual(['⑦', '⑰', '①', '⑩', '⑨']);
    expect(codes('sort=rate-asc')).toEqual(['⑩', '①', '⑰', '⑦', '⑨']);
    expect(codes('sort=nonsense')).toEqual(['①', '⑦', '⑨', '⑩', '⑰']);
  });
});

describe('a filtered download', () => {
  const query = parseTableQuery(
    new URLSearchParams('policy=1&dept=企画課&tag=★&grade=A&q=観光 客'),
  );

  it('names its filters in words and in the file name', () => {
    expect(isFiltered(query)).toBe(true);
    expect(describeQuery(query, 'ja')).toBe(
      '基本方針1・担当課：企画課・★・評価：A・検索：「観光 客」',
    );
    expect(describeQuery(query, 'en')).toBe(
      'basic policy 1, department: 企画課, ★, grade: A, search: “観光 客”',
    );
    expect(queryFileTag(query)).toBe('方針1_企画課_★_評価A_観光-客');
    const sortOnly = parseTableQuery(new URLSearchParams('sort=rate-desc'));
    expect(isFiltered(sortOnly)).toBe(false);
    expect(describeQuery(sortOnly, 'ja')).toBe('');
    expect(describeQuery(sortOnly, 'en')).toBe('');
  });

  it('names a filter on KPIs without a grade in either language', () => {
    const ungraded = parseTableQuery(new URLSearchParams('grade=none&dept=総務課'));
    expect(describeQuery(ungraded, 'ja')).toBe('担当課：総務課・評価：なし');
    expect(describeQuery(ungraded, 'en')).toBe('department: 総務課, grade: not graded');
  });

  it('keeps the named KPIs and the themes and policies that still hold one', () => {
    const kpi = (code: string) =>
      ({ code }) as Plan['policies'][number]['themes'][number]['kpis'][number];
    const theme = (number: string, codes: string[]) => ({
      number,
      name: number,
      actionItems: [],
      kpis: codes.map(kpi),
    });
    const plan = {
      policies: [
        { number: '1', name: '一', themes: [theme('1', ['①', '②']), theme('2', ['③'])] },
        { number: '2', name: '二', themes: [theme('3', ['④'])] },
      ],
    } as unknown as Plan;
    const kept = planWithKpis(plan, new Set(['②']));
    expect(
      kept.policies.map((p) => [p.number, p.themes.map((t) => t.kpis.map((k) => k.code))]),
    ).toEqual([['1', [['②']]]]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

/**
 * Ordinary layouts of a KPI progress table, made up here the way planning divisions lay them out
 * (one feature each): every printed rate must be reproduced and every cell placed, so that
 * tuning the importer on one city's table never loses what these read.
 */
/** Each layout's lines, and how many of its KPIs print a rate (each must be reproduced). */
const LAYOUTS: Record<string, { readonly rates: number; readonly lines: readonly string[] }> = {
  'two header rows, 実績値 spanning its years, the plan tree and grades beside the rates': {
    rates: 3,
    lines: [
      '基本目標\t施策\tKPI\t単位\t基準値\t目標値\t実績値\t\t\t達成率\t評価',
      '\t\t\t\t(H30)\t(R6)\tR3\tR4\tR5\t\t',
      '1 しごと\t(1)企業誘致\t企業立地件数\t件\t2\t10\t4\t6\t7\t70.0%\tB',
      '\t\t新規雇用者数\t人\t50\t300\t120\t180\t240\t80.0%\tB',
      '2 ひと\t(1)移住\t移住者数\t人\t30\t100\t45\t60\t110\t110.0%\tA',
    ],
  },
  'numbered KPIs, each baseline and target with its own year in the cell, units in the names, a dash for no rate':
    {
      rates: 1,
      lines: [
        'No\t指標名\t策定時\t目標\t令和4年度\t達成度',
        '1\t待機児童数(人)\t25 (R1)\t0 (R6)\t3\t-',
        '2\t特定健診受診率(%)\t38.2 (R1)\t60.0 (R5)\t45.1\t75.2%',
        '3\t温室効果ガス排出量(t-CO2)\t12,000 (H25)\t8,400 (R12)\t10,200\t-',
      ],
    },
  'a direction column (↑ ↓), a decrease reproduced as target ÷ actual': {
    rates: 2,
    lines: [
      '成果指標名\t単位\t方向\t基準値(H29)\tH30\tR1\tR2\t目標値(R3)\t達成率',
      '市民満足度\t%\t↑\t40.0\t42.0\t44.0\t46.0\t50.0\t92.0%',
      '交通事故件数\t件\t↓\t500\t480\t460\t450\t400\t88.9%',
    ],
  },
  'years under the header, circled codes, a target of 0 reached': {
    rates: 4,
    lines: [
      '指標名\t現状値\t目標値\t実績値\t達成率\t評価',
      '\t(H30年度)\t(R6年度)\t(R5年度)\t\t',
      '①市民満足度(%)\t40.0\t50.0\t46.0\t92.0%\tB',
      '②交通事故件数(件)\t500\t400\t450\t88.9%\tB',
      '③待機児童数(人)\t12\t0\t0\t100.0%\tA',
      '④ごみ排出量(g/人日)\t950\t850\t880\t96.6%\tB',
    ],
  },
  'an interim target the rates are reckoned against, beside the final one': {
    rates: 2,
    lines: [
      '指標\t基準値(R1)\t中間目標(R4)\t最終目標(R8)\tR4実績\t達成率',
      '観光客数\t100\t150\t200\t135\t90.0%',
      '移住者数\t10\t20\t30\t18\t90.0%',
    ],
  },
  'progress from the baseline (進捗率), one KPI a decrease to 0': {
    rates: 3,
    lines: [
      '指標\t基準値(R1)\t目標値(R8)\tR4実績\t進捗率',
      '観光客数\t100\t200\t135\t35.0%',
      '移住者数\t10\t30\t18\t40.0%',
      '待機児童数\t20\t0\t5\t75.0%',
    ],
  },
  '計画時 and N年後 (平成X年) headers, a progress rate gone negative': {
    rates: 2,
    lines: [
      '成果目標\t計画時(H26)\t1年後(平成27年)\t2年後(平成28年)\t目標値(平成29年)\t達成率',
      '販売額(千円)\t1,000\t1,100\t1,250\t1,500\t50.0%',
      '出荷量(t)\t200\t190\t180\t250\t-40.0%',
    ],
  },
  'a period total (H29-R1の計) used by one KPI and left empty by the next': {
    rates: 2,
    lines: [
      '指標\t基準値\t目標値\tH29\tH30\tR1\tH29-R1の計\t達成率',
      '新規就農者数\t5\t30\t8\t10\t9\t27\t90.0%',
      '農地集積率\t40%\t60%\t45%\t50%\t54%\t\t90.0%',
    ],
  },
  'years in a second header row, units in the cells, progress rates': {
    rates: 2,
    lines: [
      '指標\t現状値\t目標値\t実績値\t進捗率',
      '\t(R1)\t(R7)\t(R5)\t',
      '市民満足度\t45.0%\t60.0%\t52.5%\t50.0%',
      'ごみ排出量\t950g\t850g\t900g\t50.0%',
    ],
  },
  'a 対前年比 column beside 達成率(%) printed bare': {
    rates: 2,
    lines: [
      '指標\t現状値\t目標値\t実績値\t対前年比\t達成率(%)',
      '\t(H30)\t(R5)\t(R4)\t\t',
      '図書館利用者数\t100,000\t120,000\t110,000\t105.0%\t91.7',
      '公園清掃回数\t12\t20\t18\t112.5%\t90.0',
    ],
  },
  'each year a block of 計画 / 実績 / 達成率': {
    rates: 2,
    lines: [
      '指標\tR3年度\t\t\tR4年度\t\t',
      '\t計画\t実績\t達成率\t計画\t実績\t達成率',
      '健診受診者数\t1,000\t950\t95.0%\t1,100\t1,210\t110.0%',
      '教室参加者数\t200\t150\t75.0%\t220\t176\t80.0%',
    ],
  },
  '第8期計画値 / 実績値 / 計画比 each spanning the same years': {
    rates: 2,
    lines: [
      '区分\t第8期計画値\t\t\t実績値\t\t\t計画比\t\t',
      '\tR3\tR4\tR5\tR3\tR4\tR5\tR3\tR4\tR5',
      '訪問介護\t100\t110\t120\t95\t104\t130\t95.0%\t94.5%\t108.3%',
      '通所介護\t200\t210\t220\t180\t200\t210\t90.0%\t95.2%\t95.5%',
    ],
  },
  'the KPIs across, 基準値 / 実績 / 目標値 / 達成率 down the first column': {
    rates: 2,
    lines: [
      '区分\t観光客数(千人)\t移住者数(人)',
      '基準値(H30)\t100\t10',
      'R3実績\t110\t12',
      'R4実績\t120\t15',
      '目標値(R6)\t200\t30',
      '達成率\t60.0%\t50.0%',
    ],
  },
  'years down the first column among rows naming their kind, no rate': {
    rates: 0,
    lines: [
      '年度\t観光客数(千人)\t移住者数(人)',
      'H30(基準)\t100\t10',
      'R3\t110\t12',
      'R4\t120\t15',
      'R6(目標)\t200\t30',
    ],
  },
  'a target written 累計500人(R1), reproduced as the sum of the years': {
    rates: 2,
    lines: [
      '数値目標\t基準値\t目標値\tH28\tH29\tH30\tR1(見込)\t進捗状況\t評価コメント',
      '移住者数\t50人(H26)\t累計500人(R1)\t80人\t95人\t110人\t120人\t81.0%\t順調',
      '合計特殊出生率\t1.45(H26)\t1.60(R1)\t1.44\t1.47\t1.43\t1.50\t33.3%\t遅れ',
    ],
  },
};

describe('ordinary layouts of a progress table', () => {
  for (const [layout, { rates, lines }] of Object.entries(LAYOUTS)) {
    it(`reads ${layout}`, () => {
      const report = importReportTable(readTsv('layout.tsv', lines.join('\n')));
      const result = checkReport(report);
      expect(result.kpis.length).toBeGreaterThan(0);
      expect(result.summary).toMatchObject({ printed: rates, matched: rates });
      expect(report.unplaced).toEqual([]);
      expect(report.problems).toEqual([]);
    });
  }
});

describe('figures below zero or a target of zero (社会増減数 ▲300 → ▲100, 待機児童数 15 → 0)', () => {
  it('computes progress from the baseline where no rate is printed, not a ratio', () => {
    const report = importReportTable(
      readTsv(
        'migration.tsv',
        [
          '指標名\t基準値(R1)\tR5実績\t目標値(R8)',
          '社会増減数\t▲300人\t▲200人\t▲100人',
          '移住者数\t50人\t80人\t100人',
          '待機児童数\t15人\t3人\t0人',
        ].join('\n'),
      ),
    );
    const rates = checkReport(report).kpis.map((k) => [k.formula, k.computed]);
    // ▲200 is half the way from ▲300 to ▲100: 50%, where ▲200 ÷ ▲100 would say 200%; 3 children
    // still waiting of 15 is 80% of the way to 0, where 0 ÷ 3 would say 0%.
    expect(rates).toEqual([
      ['progress', '50%'],
      ['ratio', '80%'],
      ['progress', '80%'],
    ]);
  });
});

describe('targets printed as a share of the baseline (「20%削減」, 「10%増」)', () => {
  it('reckons the target from the baseline, not as an amount in the KPI’s unit', () => {
    const report = importReportTable(
      readTsv(
        'relative.tsv',
        [
          '指標\t基準値（H25）\t目標値（R12）\tR4実績\t達成率',
          // 12,000 t less 20% is 9,600 t: 1,200 of the 2,400 t cut, 50.0%.
          '温室効果ガス排出量（t-CO2）\t12,000\t20%削減\t10,800\t50.0%',
          // 85億円 and 10% more is 93.5億円: 5 of the 8.5 to rise, 58.8%.
          '農業産出額（億円）\t85\t10%増\t90\t58.8%',
          // A KPI in percent: +5% is 5 points, 52.0 → 57.0, and 54.5 is half the way.
          '市民満足度\t52.0%\t+5%\t54.5%\t50.0%',
        ].join('\n'),
      ),
    );
    expect(report.kpis.map((k) => k.kpi.target?.value)).toEqual(['9600', '93.5', '57']);
    expect(checkReport(report).summary).toMatchObject({ printed: 3, matched: 3 });
    expect(report.problems).toEqual([]);
  });
});

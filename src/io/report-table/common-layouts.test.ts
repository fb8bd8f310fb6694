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
  'a period total (H29-R1の計) beside the report year’s actual alone, no year columns': {
    rates: 2,
    lines: [
      '指標\t基準値\tH29-R1の計\tR1実績\t目標値\t達成率',
      '企業誘致件数\t0\t6\t2\t10\t60.0%',
      '観光客数\t100万人\t\t120万人\t150万人\t80.0%',
    ],
  },
  'a total over the years so far in the actual’s cell (「320人（R1～R4累計）」), each cell its year':
    {
      rates: 2,
      lines: [
        '基本目標\t数値目標\t基準値\t目標値\t現状値\t進捗状況',
        '1 仕事をつくる\t新規雇用者数\t―\t500人（5年間累計）\t320人（R1～R4累計）\t64.0%',
        '2 人の流れ\t転入者数\t1,200人（H30）\t1,500人（R6）\t1,380人（R4）\t60.0%',
      ],
    },
  '総合戦略: each 基本目標 its 数値目標 under a header of its own, then its KPIs under 施策 | KPI':
    {
      rates: 4,
      lines: [
        '令和5年度 ○○市まち・ひと・しごと創生総合戦略 KPI達成状況',
        '基本目標１ 稼ぐ力を高め、安心して働けるまちをつくる',
        '数値目標\t基準値（H30）\t目標値（R6）\t実績値（R5）\t達成率\t評価',
        '市内総生産額（億円）\t2,500\t2,700\t2,650\t75.0%\tB',
        '施策\tKPI\t基準値（H30）\t目標値（R6）\t実績値（R5）\t達成率\t評価',
        '(1)農林業の振興\t新規就農者数（人）\t5\t25\t18\t65.0%\tC',
        '\t農産物直売所売上額（百万円）\t300\t400\t―\t―\t―',
        '(2)企業誘致\t企業誘致件数（件・累計）\t0\t10\t8\t80.0%\tB',
        '基本目標２ 新しい人の流れをつくる',
        '施策\tKPI\t基準値（H30）\t目標値（R6）\t実績値（R5）\t達成率\t評価',
        '(1)移住促進\t移住者数（人）\t50\t100\t120\t140.0%\tA',
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
  // The year before's figure printed too: 対前年比 checked on its own (`year-on-year.ts`).
  'a 対前年比 column beside 達成率(%) printed bare': {
    rates: 2,
    lines: [
      '指標\t現状値\t目標値\t実績値\t実績値\t対前年比\t達成率(%)',
      '\t(H30)\t(R5)\t(R3)\t(R4)\t\t',
      '図書館利用者数\t100,000\t120,000\t104,762\t110,000\t105.0%\t91.7',
      '公園清掃回数\t12\t20\t16\t18\t112.5%\t90.0',
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
  'a plan’s title line, the plan tree in a column, grades read off beside the rates': {
    rates: 4,
    lines: [
      '令和5年度 第2期総合戦略 KPI進捗状況',
      '基本目標\tKPI\t基準値(H30)\t目標値(R6)\tR4実績\tR5実績\t達成率\t評価',
      '1 しごとをつくる\t新規就農者数(人)\t5\t25\t14\t19\t76.0%\tB',
      '\t企業誘致件数(件)\t0\t5\t2\t3\t60.0%\tC',
      '2 ひとの流れ\t観光入込客数(万人)\t120\t150\t98\t131\t87.3%\tB',
      '\t移住者数(人)\t30\t100\t85\t112\t112.0%\tA',
    ],
  },
  'units in a column of their own, each year a column, 進捗率 at the end': {
    rates: 3,
    lines: [
      '指標名\t単位\t策定時(R1)\tR2\tR3\tR4\tR5\t目標(R7)\t進捗率',
      'ごみ排出量(1人1日当たり)\tg\t950\t940\t925\t910\t898\t850\t52.0%',
      'リサイクル率\t%\t18.2\t18.5\t19.1\t20.3\t21.0\t25.0\t41.2%',
      '温室効果ガス排出量\tt-CO2\t52,000\t50,100\t48,800\t47,500\t46,300\t42,000\t57.0%',
    ],
  },
  'a second header row of years, decreases rated as progress from the baseline': {
    rates: 3,
    lines: [
      '成果指標\t単位\t計画策定時\t目標値\t実績値\t目標達成率',
      '\t\t(H28)\t(R3)\t(R2)\t',
      '交通事故発生件数\t件\t320\t250\t268\t74.2%',
      '刑法犯認知件数\t件\t1,050\t800\t842\t83.2%',
      '防災訓練参加者数\t人\t2,100\t3,000\t2,450\t38.8%',
    ],
  },
  '当初値 and its years, units and 歳 written in the cells, 進捗 unheaded as a rate': {
    rates: 3,
    lines: [
      '施策名\t評価指標\t当初値\tR2\tR3\tR4\tR5\t目標値\t進捗',
      '地域医療の充実\tかかりつけ医を持つ市民の割合\t55.0%\t56.2%\t57.1%\t58.0%\t59.3%\t65.0%\t43.0%',
      '\t救急搬送時間(分)\t42.0\t41.5\t41.0\t40.2\t39.8\t38.0\t55.0%',
      '健康づくり\t健康寿命(男性)\t78.9歳\t79.0歳\t79.2歳\t79.3歳\t79.5歳\t80.0歳\t54.5%',
    ],
  },
  '計画策定時 the baseline and 現状値 the actual': {
    rates: 2,
    lines: [
      '指標\t計画策定時(R3)\t現状値(R5)\t目標値(R9)\t進捗率',
      '市民活動団体数\t142団体\t151団体\t170団体\t32.1%',
      'ボランティア登録者数\t1,820人\t1,905人\t2,300人\t17.7%',
    ],
  },
  '現状値→目標値 in one column, 達成度(％) printed bare': {
    rates: 2,
    lines: [
      '指標名\t現状値→目標値\tR5実績\t達成度(％)',
      '自治会加入率\t68.5%→75.0%\t70.1%\t93.5',
      '地域行事参加者数\t3,200人→4,000人\t3,650人\t91.3',
    ],
  },
  'a unit column beside 万人 and 万人泊, years in a second header row': {
    rates: 3,
    lines: [
      'KPI\t単位\t基準値\t目標値\t実績値\t達成率',
      '\t\t(H26)\t(H31)\t(H30)\t',
      '観光入込客数\t万人\t412.5\t450.0\t438.2\t97.4%',
      '宿泊者数\t万人泊\t85.2\t95.0\t101.3\t106.6%',
      '外国人観光客数\t人\t12,400\t30,000\t28,750\t95.8%',
    ],
  },
  'years as columns from 令和元年度, the target year in the target’s header': {
    rates: 2,
    lines: [
      '項目\t令和元年度\t令和2年度\t令和3年度\t令和4年度\t令和5年度\t目標値(令和6年度)\t達成率',
      'ふるさと納税寄附件数\t1,250\t2,480\t3,120\t3,560\t4,010\t5,000\t80.2%',
      'ふるさと納税寄附額(千円)\t25,400\t48,200\t61,000\t72,300\t80,150\t100,000\t80.2%',
    ],
  },
  'a target of zero people waiting, the baseline headed as an actual (H28実績)': {
    rates: 2,
    lines: [
      '指標\tH28実績\tR2目標\tR2実績\t達成率',
      '待機児童数\t15人\t0人\t3人\t80.0%',
      '保育所定員\t1,200人\t1,450人\t1,430人\t92.0%',
    ],
  },
  'the years of baseline, target and actual in a second header row, the rate column empty there': {
    rates: 3,
    lines: [
      '重要業績評価指標(KPI)\t基準値\t目標値\t実績値\t達成率',
      '\t平成26年\t平成31年\t平成30年\t',
      '転入者数\t1,250人\t1,400人\t1,320人\t94.3%',
      '合計特殊出生率\t1.42\t1.60\t1.38\t86.3%',
      '婚姻件数\t210件\t250件\t198件\t79.2%',
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

describe('a target printed as tenths of the baseline cut (「基準値より8割減」)', () => {
  it('is the baseline less that many tenths, measured as the share of the cut achieved', () => {
    const report = importReportTable(
      readTsv(
        'tenths.tsv',
        [
          '指標\t基準値\tH28実績\t目標値',
          // 1,000 less 8割 is 200: 500 of the 800 to cut, 62.5% → 63%.
          '交通事故の負傷者数\t1,000人\t500人\t基準値より8割減',
          // 50 and 2割 more is 60: 5 of the 10 to rise, 50%.
          '講座の参加者数\t50人\t55人\t2割増',
        ].join('\n'),
      ),
    );
    expect(report.kpis.map((k) => k.kpi.target?.value)).toEqual(['200', '60']);
    expect(checkReport(report).kpis.map((k) => k.computed)).toEqual(['63%', '50%']);
    expect(report.problems).toEqual([]);
  });
});

describe('a rank alone where a figure would be (長野県 総合計画 目標 「全国1位(2026 年)」)', () => {
  it('is kept as printed under its header, no target value and no cell left out', () => {
    const report = importReportTable(
      readTsv(
        'rank.tsv',
        [
          '指標名\t現状\t目標',
          '医師数\t243.8人(2020 年)\t264.6人(2026 年)',
          '健康寿命\t81.1年(2020年)\t全国1位(2026 年)',
        ].join('\n'),
      ),
    );
    expect(report.kpis[0]?.kpi.target?.value).toBe('264.6');
    expect(report.kpis[1]?.kpi.target).toBeNull();
    expect(report.kpis[1]?.kpi.extras).toContainEqual({ label: '目標', text: '全国1位(2026 年)' });
    expect(report.unplaced).toEqual([]);
  });
});

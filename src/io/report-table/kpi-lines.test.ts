import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { joinKpiLines } from './kpi-lines.ts';
import { placedCells } from './table-reading.ts';

const tsv = (lines: string[]) => readTsv('lines.tsv', lines.join('\n'));

describe('one KPI over several lines (上段 計画 / 中段 実績 / 下段 達成率)', () => {
  it('reads the result under the base year’s column as the baseline (スポーツ振興 「H25 (基準年度)」)', () => {
    const report = importReportTable(
      tsv([
        '成果指標名\t単位\t区分\tH25 (基準年度)\tH26\tH27\tH28\tH35',
        'スポーツ実施率\t%\t目標値\t\t50.3\t52.4\t54.5\t65.0',
        '\t\t実績値\t47.6\t46.2\t44.5\t-\t',
      ]),
    );
    const kpi = report.kpis[0]?.kpi;
    expect(report.fiscalYear).toBe(2015);
    expect(kpi?.baseline).toMatchObject({ value: '47.6', fiscalYear: 2013 });
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2014, '46.2'],
      [2015, '44.5'],
      [2016, null],
    ]);
    expect(report.unplaced).toEqual([]);
  });

  it('reads a column the header names a rate (「達成率（R4）」) as rates on the line printing them, the year’s plan the target', () => {
    const report = importReportTable(
      tsv([
        '指標名\t区分\tR2\tR3\tR4\t達成率（R4）',
        '市民活動団体数\t目標\t100\t110\t120\t',
        '\t実績\t95\t105\t114\t95.0%',
        '図書貸出冊数\t目標\t50,000\t52,000\t54,000\t',
        '\t実績\t48,000\t51,000\t55,080\t102.1%',
      ]),
    );
    expect(report.unplaced).toEqual([]);
    // The rates are no year's actual: R4's actuals are 114 and 55,080.
    expect(report.kpis.map((k) => k.kpi.actuals.at(-1)?.figure.value)).toEqual(['114', '55080']);
    expect(report.kpis.map((k) => k.yearRates.map((r) => [r.printed, r.computed]))).toEqual([
      [['95.0%', '95.0%']],
      [['102.1%', '102.0%']],
    ]);
    expect(checkReport(report).yearRates).toEqual({ printed: 2, matched: 1 });
  });

  it('reads KPIs that do not all print every line (no 達成率 line where no rate is printed)', () => {
    const report = importReportTable(
      tsv([
        '指標名\t区分\tR3\tR4\tR5',
        '健康教室参加者数\t目標\t100\t110\t120',
        '\t実績\t95\t105\t114',
        '\t達成率\t95.0%\t95.5%\t95.0%',
        '相談件数\t目標\t50\t55\t60',
        '\t実績\t40\t50\t66',
        '特定健診受診率\t実績\t45.0%\t47.0%\t52.0%',
        '\t達成率\t\t\t-',
      ]),
    );
    expect(report.unplaced).toEqual([]);
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.actuals.at(-1)?.figure.value])).toEqual([
      ['健康教室参加者数', '114'],
      ['相談件数', '66'],
      ['特定健診受診率', '52.0'],
    ]);
    expect(report.kpis.map((k) => k.kpi.milestones.length + (k.kpi.target ? 1 : 0))).toEqual([
      3, 3, 0,
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 1, matched: 1 });
  });

  it('reads a column of no year whose rates each KPI prints on one line as its rate (進捗 on the 実績 line)', () => {
    const report = importReportTable(
      tsv([
        '指標名\t区分\tR3\tR4\tR5\t最終目標(R7)\t進捗',
        '健康教室参加者数\t目標\t100\t110\t120\t150\t',
        '\t実績\t95\t105\t114\t\t76.0%',
        '相談件数\t目標\t50\t55\t60\t80\t',
        '\t実績\t40\t50\t66\t\t82.5%',
      ]),
    );
    expect(report.kpis.map((k) => [k.kpi.target?.value, k.printedRate?.text])).toEqual([
      ['150', '76.0%'],
      ['80', '82.5%'],
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
  });

  it('leaves lines out of their order, or printed twice for a KPI, as they are', () => {
    const twice = joinKpiLines(
      tsv([
        '指標名\t区分\tR3\tR4',
        '健康教室参加者数\t目標\t100\t110',
        '\t実績\t95\t105',
        '\t達成率\t95.0%\t95.5%',
        '相談件数\t目標\t50\t55',
        '\t実績\t40\t50',
        '\t実績\t41\t51',
      ]).rows,
    );
    expect(twice).toBeNull();
  });

  it('reads lines named 目標値 / 実績値 / <達成度>, the rates in angle brackets (西尾市 事業評価表)', () => {
    const report = importReportTable(
      tsv([
        '指標\t区分\tH16\tH17',
        '乳がん検診受診者数\t目標値\t1,700\t1,700',
        '\t実績値\t1,680\t1,712',
        '\t<達成度>\t<98.82%>\t<100.71%>',
      ]),
    );
    const result = checkReport(report);
    expect(result.fiscalYear).toBe(2005);
    expect(result.kpis.map((k) => [k.printed, k.computed, k.match])).toEqual([
      ['100.71%', '100.71%', true],
    ]);
    expect(result.unplaced).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('joins each KPI’s lines named by a legend, and reproduces the rate of the latest year', () => {
    const report = importReportTable(
      tsv([
        '施策の成果指標（上段：計画　中段：実績　下段：達成率）',
        '指標\t単位\tH28\tH29\tH30',
        '① 観光入込客数\t千人\t100\t110\t120',
        '\t\t95\t112\t118',
        '\t\t95.0%\t101.8%\t98.3%',
        '② 移住相談件数\t件\t20\t25\t30',
        '\t\t18\t20\t33',
        '\t\t90.0%\t80.0%\t110.0%',
      ]),
    );
    const result = checkReport(report);
    expect(result.fiscalYear).toBe(2018);
    expect(result.kpis.map((k) => [k.code, k.computed, k.match])).toEqual([
      ['①', '98.3%', true],
      ['②', '110.0%', true],
    ]);
    // Each year's plan is its milestone, checked against the rate printed for that year.
    expect(report.kpis[0]?.kpi.milestones.map((m) => [m.fiscalYear, m.figure.value])).toEqual([
      [2016, '100'],
      [2017, '110'],
    ]);
    expect(report.kpis[1]?.kpi.actuals.map((a) => a.figure.value)).toEqual(['18', '20', '33']);
    // Each line's columns carry the role its word gives, under the printed words (計画, not 計画値).
    expect(report.reading.columns.slice(2, 5).map((c) => [c.label, c.role, c.because])).toEqual([
      ['計画 H28', 'target', "the 計画 line of each KPI: rewritten from a KPI's lines"],
      ['計画 H29', 'target', "the 計画 line of each KPI: rewritten from a KPI's lines"],
      ['計画 H30', 'target', "the 計画 line of each KPI: rewritten from a KPI's lines"],
    ]);
    expect(result.unplaced).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('joins two lines named by a legend in the header cell (「指標（上段：計画、下段：実績）」)', () => {
    const report = importReportTable(
      tsv([
        '指標（上段：計画、下段：実績）\tH30\tR1\tR2',
        '就労移行者数\t10\t12\t14',
        '\t8\t11\t15',
        '相談件数\t100\t100\t100',
        '\t90\t95\t99',
      ]),
    );
    expect(report.fiscalYear).toBe(2020);
    expect(report.kpis.map((k) => k.kpi.actuals.map((a) => a.figure.value))).toEqual([
      ['8', '11', '15'],
      ['90', '95', '99'],
    ]);
    expect(report.kpis[0]?.kpi.milestones.map((m) => m.figure.value)).toEqual(['10', '12']);
    expect(report.unplaced).toEqual([]);
  });

  it('joins three lines named by a legend in the header cell, the legend’s 達成率 no rate of the names', () => {
    const report = importReportTable(
      tsv([
        '指標（上段：計画、中段：実績、下段：達成率）\tH22\tH23\tH24',
        '市税徴収率\t96.0\t96.5\t97.0',
        '\t95.8\t96.6\t96.9',
        '\t99.8%\t100.1%\t99.9%',
      ]),
    );
    expect(report.reading.columns[0]).toMatchObject({ role: 'kpi' });
    expect(report.kpis.map((k) => [k.kpi.title, k.printedRateText])).toEqual([
      ['市税徴収率', '99.9%'],
    ]);
    expect(report.kpis[0]?.yearRates.map((r) => [r.printed, r.match])).toEqual([
      ['99.8%', true],
      ['100.1%', true],
    ]);
    expect(report.unplaced).toEqual([]);
  });

  it('joins lines named by a column of their own, and says where a year’s rate disagrees', () => {
    const report = importReportTable(
      tsv([
        '指標\t区分\tH28\tH29\tH30',
        '① 観光入込客数\t計画\t100\t110\t120',
        '\t実績\t95\t112\t118',
        '\t達成率\t95.0%\t99.0%\t98.3%',
      ]),
    );
    const result = checkReport(report);
    // Every cell is accounted for, the line names kept beside the KPI under 区分.
    expect(placedCells(report.reading)).toHaveLength(18);
    const extras = report.kpis[0]?.kpi.extras ?? [];
    expect(extras.filter((e) => e.label === '区分').map((e) => `${e.label}: ${e.text}`)).toEqual([
      '区分: 計画',
      '区分: 実績',
      '区分: 達成率',
    ]);
    expect(result.kpis.map((k) => [k.code, k.computed, k.match])).toEqual([['①', '98.3%', true]]);
    // 112 ÷ 110 is 101.8%, not the 99.0% printed in the file's row 4, column 4.
    expect(result.problems.map((p) => [p.kind, p.row, p.column])).toEqual([['rate', 4, 4]]);
  });

  it('keeps the line names under their column’s own header, even one naming a role (項目)', () => {
    const report = importReportTable(
      tsv([
        '指標\t項目\tH28\tH29',
        '① 観光入込客数\t計画\t100\t110',
        '\t実績\t95\t112',
        '\t達成率\t95.0%\t101.8%',
      ]),
    );
    const extras = report.kpis[0]?.kpi.extras ?? [];
    expect(extras.filter((e) => e.text !== '95.0%').map((e) => `${e.label}: ${e.text}`)).toEqual([
      '項目: 計画',
      '項目: 実績',
      '項目: 達成率',
    ]);
    expect(checkReport(report).kpis.map((k) => [k.computed, k.match])).toEqual([['101.8%', true]]);
  });

  it('leaves a table of one KPI per row as it is', () => {
    expect(
      joinKpiLines(
        tsv([
          '指標\t目標値\tR5実績\t達成率',
          '① 参加者数\t200\t150\t75%',
          '② 受講者数\t50\t40\t80%',
        ]).rows,
      ),
    ).toBeNull();
  });
});

describe('one KPI over lines named in a second column, among lines no word names (茨城県 KPI進捗状況調書)', () => {
  const sheet = (rates: readonly string[]) =>
    importReportTable(
      tsv([
        '項目 [単位]\t\t基準値\tH27\tH28\tH29\tH30\t目標値 H31',
        '雇用創出数\t期待値\t\t2,000\t4,000\t6,000\t8,000\t10,000',
        '\t実績値\t\t2,748\t5,163\t7,077 (速報値)\t\t',
        `\t達成率評価(※)\t\t${rates.join('\t')}\t\t`,
        '\t全国順位 (※2)\t\t-\t-\t-\t\t',
      ]),
    );

  it('reads 期待値 as the plan of each year, the years past the results too, and the rates truncated as printed', () => {
    const report = sheet(['137.4%', '129.0%', '117.9%']);
    expect(report.fiscalYear).toBe(2017);
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.milestones.map((m) => [m.fiscalYear, m.figure.value])).toEqual([
      [2015, '2000'],
      [2016, '4000'],
      [2017, '6000'],
      [2018, '8000'],
    ]);
    expect(kpi?.target).toMatchObject({ kind: 'value', value: '10000', fiscalYear: 2019 });
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value, a.figure.estimate])).toEqual([
      [2015, '2748', false],
      [2016, '5163', false],
      [2017, '7077', true],
    ]);
    expect(report.problems).toEqual([]);
    expect(report.unplaced).toEqual([]);
  });

  it('says which year rates the table’s rounding does not give when the years disagree on one', () => {
    const report = sheet(['137.4%', '129.0%', '118.4%']);
    expect(report.problems.map((p) => [p.kind, p.column])).toEqual([
      ['rate', 5],
      ['rate', 6],
    ]);
  });
});

describe('a KPI’s three lines named by nothing but their place', () => {
  const lines = (second: readonly string[], first: readonly string[]) => [
    '指標名\tR3\tR4\tR5',
    `市民満足度\t${first.join('\t')}`,
    `\t${second.join('\t')}`,
    '\t98.1%\t98.2%\t98.3%',
  ];

  it('reads the plan, the actual and the rate, the plan first when the rates say so', () => {
    const report = importReportTable(tsv(lines(['53', '55', '57'], ['54', '56', '58'])));
    expect(report.kpis.map((k) => k.kpi.actuals.map((a) => a.figure.value))).toEqual([
      ['53', '55', '57'],
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('reads the actual first when the rates say it is (the first line over the second)', () => {
    const report = importReportTable(tsv(lines(['54', '56', '58'], ['53', '55', '57'])));
    expect(report.kpis.map((k) => k.kpi.actuals.map((a) => a.figure.value))).toEqual([
      ['53', '55', '57'],
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
  });

  it('is not a table whose third lines print no rate', () => {
    const rows = lines(['53', '55', '57'], ['54', '56', '58']).slice(0, 3);
    expect(joinKpiLines(tsv([...rows, '\t1\t2\t3']).rows)).toBeNull();
  });
});

describe('two tables one under the other, each of KPIs over two lines named under 区分 (桜川市 施策評価)', () => {
  const sheet = [
    '対象指標名\t単位\t区分\tR2年度\tR3年度\tR4年度',
    '①市の人口\t人\t見込値\t50,000\t49,800\t49,600',
    '\t\t実績値\t50,100\t49,900',
    '成果指標名\t単位\t区分\tR2年度\tR3年度\tR4年度',
    '①観光客数\t人\t目標値\t300,000\t310,000\t320,000',
    '\t\t実績値\t290,000\t315,000',
    '②宿泊者数\t人\t目標値\t20,000\t21,000\t22,000',
    '\t\t実績値\t19,000\t21,500',
  ];

  it('joins each KPI’s lines, a forecast 見込値 line read as the plan as 目標値 is', () => {
    const report = importReportTable(readTsv('sheet.tsv', sheet.join('\n')));
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['市の人口', '観光客数', '宿泊者数']);
    expect(report.kpis[0]?.kpi.milestones.map((m) => m.figure.value)).toEqual(['50000', '49800']);
    expect(report.kpis[1]?.kpi.actuals.map((a) => a.figure.value)).toEqual(['290000', '315000']);
  });

  it('numbers the second table’s KPIs apart from the first’s: its ① is no KPI given twice', () => {
    const report = importReportTable(readTsv('sheet.tsv', sheet.join('\n')));
    expect(report.kpis.map((k) => k.kpi.code)).toEqual(['①', '①2', '②']);
  });
});

describe('a 障害福祉計画’s lines 見込量 / 実績 by service', () => {
  it('reads 見込量 as each year’s plan and 実績 as its result', () => {
    const report = importReportTable(
      tsv([
        'サービス\t区分\tR3\tR4\tR5',
        '居宅介護（時間/月）\t見込量\t1,200\t1,250\t1,300',
        '\t実績\t1,100\t1,180\t1,250',
        '生活介護（人/月）\t見込量\t100\t105\t110',
        '\t実績\t98\t101\t112',
      ]),
    );
    expect(report.unplaced).toEqual([]);
    const first = report.kpis[0]?.kpi;
    expect(first?.actuals.map((a) => a.figure.value)).toEqual(['1100', '1180', '1250']);
    expect(first?.milestones.map((m) => m.figure.value)).toEqual(['1200', '1250']);
  });
});

describe('the header printed again over each KPI’s lines', () => {
  it('is read once, each KPI’s lines joined under it, its cells placed as the header', () => {
    const report = importReportTable(
      tsv([
        '指標名\t単位\t\t計画策定時\t平成25年度\t平成26年度',
        '講座受講者数\t人\t計画\t5,200\t5,300\t5,400',
        '\t\t実績\t\t5,352\t',
        '指標名\t単位\t\t計画策定時\t平成25年度\t平成26年度',
        '貸出冊数\t冊\t計画\t139,374\t140,000\t141,000',
        '\t\t実績\t\t149,334\t',
      ]),
    );
    expect(report.fiscalYear).toBe(2013);
    expect(
      report.kpis.map((k) => [
        k.kpi.title,
        k.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value]),
      ]),
    ).toEqual([
      ['講座受講者数', [[2013, '5352']]],
      ['貸出冊数', [[2013, '149334']]],
    ]);
    expect(report.unplaced).toEqual([]);
    const header = placedCells(report.reading).filter((p) => p.row === 4);
    expect(header.map((p) => p.field)).toEqual(['header', 'header', 'header', 'header', 'header']);
  });

  it('keeps a row that repeats only one cell of the header among the lines', () => {
    const turned = joinKpiLines(
      tsv([
        '指標名\t区分\tH25\tH26',
        '講座受講者数\t計画\t5,300\t5,400',
        '\t実績\t5,352\t',
        '指標名\t区分\tH25',
      ]).rows,
    );
    expect(turned).toBeNull();
  });
});

describe('lines after the KPIs’ lines that name no kind of line (三重県 施策評価表: the 施策’s cost under its KPI)', () => {
  const sheet = [
    '\t\tR3年度\tR4年度\tR5年度',
    '相談件数 (件)\t目標\t120\t130\t140',
    '\t実績\t118\t135\t',
    '事業費(千円)\t\t5,200\t5,400\t5,600',
    '職員数(人)\t\t2\t2\t3',
  ];

  it('are lines of their own, their figures the years’ own, the KPI’s lines still joined', () => {
    const report = importReportTable(tsv(sheet));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '相談件数 (件)',
      '事業費(千円)',
      '職員数(人)',
    ]);
    const [kpi, cost] = report.kpis.map((k) => k.kpi);
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2021, '118'],
      [2022, '135'],
    ]);
    expect(kpi?.milestones.map((m) => m.figure.value)).toContain('130');
    expect(cost?.actuals.map((a) => a.figure.value)).toEqual(['5200', '5400', '5600']);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('join nothing under columns that are no years (喜界町 定員管理 「17 … 21」, bare numbers)', () => {
    const bare = ['部門\t区分\t17\t18\t19', ...sheet.slice(1)];
    expect(joinKpiLines(tsv(bare).rows)).toBeNull();
  });
});

describe('a KPI’s two lines named by nothing but their place (綾町 重点目標・KPI評価シート)', () => {
  it('reads the line that stops at a year as the results under the plan’s line', () => {
    const report = importReportTable(
      tsv([
        '重点項目\tH27\tH28\tH29\tH30\tH31',
        '観光入込客数\t90万人\t92万人\t94万人\t96万人\t98万人',
        '\t96.8万人\t98.6万人\t\t\t',
        '移住者数\t10人\t20人\t30人\t40人\t50人',
        '\t12人\t18人\t\t\t',
      ]),
    );
    expect(report.fiscalYear).toBe(2016);
    expect(report.kpis.map((k) => k.kpi.actuals.map((a) => a.figure.value))).toEqual([
      ['96.8', '98.6'],
      ['12', '18'],
    ]);
    expect(report.kpis[0]?.kpi.milestones.map((m) => m.figure.value)).toEqual([
      '90',
      '92',
      '94',
      '96',
    ]);
    expect(report.kpis[0]?.kpi.target).toEqual({ kind: 'value', value: '98', fiscalYear: 2019 });
    expect(report.unplaced).toEqual([]);
  });

  it('leaves a second line filling as many years as the first, or other years, as it was', () => {
    const same = importReportTable(tsv(['指標\tH27\tH28', '観光入込客数\t90\t92', '\t91\t93']));
    expect(same.kpis.map((k) => k.kpi.actuals.length)).toEqual([2]);
    const other = importReportTable(
      tsv(['指標\tH27\tH28\tH29', '観光入込客数\t90\t92\t94', '\t\t93\t95']),
    );
    expect(other.unplaced.length).toBeGreaterThan(0);
  });
});

describe('a form’s empty slot after the KPIs’ lines', () => {
  // つくば市 個別施策評価調書: two indicators over 目標値 / 実 績, then the form's third slot empty.
  const sheet = [
    '指標名\t区分\tH26\tH27\tH28',
    '通訳業務対応件数(回)\t目標値\t250\t350\t350',
    '\t実 績\t349\t470\t―',
    '児童・生徒数(人)\t目標値\t120\t130\t150',
    '\t実 績\t129\t153\t―',
    '\t目標値\t\t\t',
    '\t実 績\t\t\t',
  ];

  it('is no KPI: the lines of the named ones joined, the slot’s words listed unplaced', () => {
    const report = importReportTable(tsv(sheet));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '通訳業務対応件数(回)',
      '児童・生徒数(人)',
    ]);
    // H28's 「―」 is a year with no result yet, kept with no figure.
    expect(report.kpis[0]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2014, '349'],
      [2015, '470'],
      [2016, null],
    ]);
    expect(report.unplaced.map((u) => u.text)).toEqual(['目標値', '実 績']);
  });

  it('is no table of KPI lines when every group is empty', () => {
    expect(joinKpiLines(tsv([sheet[0] ?? '', ...sheet.slice(5)]).rows)).toBeNull();
  });
});

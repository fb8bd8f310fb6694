import { describe, expect, it } from 'vitest';
import { readReportFile } from './read-report-file.ts';
import { checkReport } from './report-check.ts';
import type { ImportedReport } from './imported-report.ts';

/**
 * Round an: made-up tables of the kinds issue 24 lists (held-out real tables failed on them),
 * written before the importer read them, each with rates reckoned by hand. What each must keep
 * reading.
 */
const read = (name: string, lines: readonly string[]): Promise<ImportedReport> =>
  readReportFile(`${name}.tsv`, new TextEncoder().encode(`${lines.join('\n')}\n`));

const column = (report: ImportedReport, header: string) =>
  report.reading.columns.find((c) => c.label === header);

describe('産地 成果目標: 計画時(平成28年) | 1年後(平成29年) | 2年後(平成30年) | 3年後(令和元年) | 目標値', () => {
  const lines = [
    '平成30年度 産地パワーアップ事業 成果目標の達成状況',
    '成果目標\t計画時(平成28年)\t1年後(平成29年)\t2年後(平成30年)\t3年後(令和元年)\t目標値(令和元年)\t達成率',
    '出荷量の増加(t)\t710.5\t742.0\t781.3\t\t820.0\t64.7%',
    '販売額の増加(千円)\t152,300\t160,100\t171,800\t\t185,000\t59.6%',
  ];

  it('reads each 「N年後」 column as the results of its year, the rates progress from 計画時', async () => {
    const report = await read('sanchi', lines);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(column(report, '1年後(平成29年)')).toMatchObject({ role: 'actual', fiscalYear: 2017 });
    expect(report.reading.fiscalYear).toMatchObject({ year: 2018 });
    expect(report.kpis[0]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2017, '742.0'],
      [2018, '781.3'],
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('温暖化対策実行計画: 単位 | 基準年度 | 実績 | 削減率 | 目標(R12) | 削減目標率, two targets', () => {
  const lines = [
    '令和5年度 地球温暖化対策実行計画(事務事業編) 進捗',
    '項目\t単位\t基準年度(H25)\t令和5年度実績\t削減率\t目標(R12)\t削減目標率',
    '電気使用量\t千kWh\t12,400\t10,168\t18.0%\t9,300\t25.0%',
    '都市ガス使用量\t千㎥\t820\t689\t16.0%\t656\t20.0%',
    '公用車燃料(ガソリン)\tkL\t95.0\t81.2\t14.5%\t76.0\t20.0%',
  ];

  it('reads each 削減率 as the cut on the base year, the target in the unit column’s unit, the 削減目標率 kept', async () => {
    const report = await read('ondanka', lines);
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
    expect(report.kpis.map((k) => [k.kpi.unit, k.kpi.target?.value, k.kpi.formula])).toEqual([
      ['千kWh', '9300', 'reduction'],
      ['千m3', '656', 'reduction'],
      ['kL', '76.0', 'reduction'],
    ]);
    expect(column(report, '削減目標率')).toMatchObject({ role: 'other' });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('定員適正化計画 as lines of 「項目 … 値」, each value after the date it is as of', () => {
  const lines = [
    '令和5年度 定員適正化計画 実施状況',
    '計画期間\t令和2年度~令和6年度',
    '項目\t職員数の削減',
    '目標値\t令和6年4月1日 480人',
    '基準値\t令和2年4月1日 512人',
    '実績値\t令和5年4月1日 491人',
    '達成率\t65.6%',
  ];

  it('reads 「令和5年4月1日 491人」 as 491 of R5, the rate progress from the base to the target', async () => {
    const report = await read('teiin', lines);
    expect(checkReport(report).summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.baseline).toEqual({ value: '512', fiscalYear: 2020 });
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([[2023, '491']]);
    expect(kpi?.direction).toBe('decrease');
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('行政評価 取組の実施状況: 取組 | 実施数/計画数 | 実施率, the counts as fractions 「3/5」', () => {
  const lines = [
    '平成30年度 行政評価 取組の実施状況',
    '取組\t実施数/計画数\t実施率',
    '窓口のワンストップ化\t3/5\t60.0%',
    '電子申請の拡充\t8/10\t80.0%',
    'AI-OCRの導入\t2/3\t66.7%',
  ];

  it('reads each fraction as the count reached over the count planned, every 実施率 reproduced', async () => {
    const report = await read('gyosei-hyoka', lines);
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
    expect(report.reading.fiscalYear).toMatchObject({ year: 2018 });
    expect(column(report, '実施数/計画数')).toMatchObject({ role: 'actual' });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('子ども・子育て支援事業計画: ①保育所定員 and ②放課後児童クラブ定員 side by side, a row per 地区', () => {
  const lines = [
    '令和4年度 子ども・子育て支援事業計画 進捗状況',
    '地区\t①保育所定員\t\t\t②放課後児童クラブ定員\t\t',
    '\t計画\t実績\t達成率\t計画\t実績\t達成率',
    '北地区\t320\t305\t95.3%\t180\t172\t95.6%',
    '南地区\t410\t418\t102.0%\t220\t201\t91.4%',
    '中央地区\t280\t266\t95.0%\t150\t150\t100.0%',
  ];

  it('reads six KPIs, three under each block’s name, each rate against its own block’s plan', async () => {
    const report = await read('kosodate', lines);
    expect(checkReport(report).summary).toEqual({ kpis: 6, printed: 6, matched: 6 });
    expect(
      report.plan.policies.flatMap((p) => p.themes.map((t) => [t.name, t.kpis.length])),
    ).toEqual([
      ['保育所定員', 3],
      ['放課後児童クラブ定員', 3],
    ]);
    expect(report.kpis.map((k) => k.kpi.actuals[0]?.figure.value)).toEqual([
      '305',
      '418',
      '266',
      '172',
      '201',
      '150',
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('行政改革推進計画 取組結果: one block per 取組, each under its heading with its own 「項目 | 令和5年度」', () => {
  const lines = [
    '令和5年度 行政改革推進計画 取組結果',
    '【取組1】 公共施設使用料の見直し',
    '項目\t令和5年度',
    '計画\t見直し件数 12件',
    '実績\t見直し件数 9件',
    '達成率\t75.0%',
    '【取組2】 補助金の見直し',
    '項目\t令和5年度',
    '計画\t削減額 3,500万円',
    '実績\t削減額 4,120万円',
    '達成率\t117.7%',
  ];

  it('reads two KPIs, each block’s figures in its own unit, both rates reproduced', async () => {
    const report = await read('gyokaku', lines);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(
      report.kpis.map((k) => [k.kpi.unit, k.kpi.target?.value, k.kpi.actuals[0]?.figure.value]),
    ).toEqual([
      ['件', '12', '9'],
      ['万円', '3500', '4120'],
    ]);
    expect(report.reading.fiscalYear).toMatchObject({ year: 2023 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('地域福祉計画 under 令和2年度: bare years 29年度 | 30年度 | 元年度 | 2年度 | 目標(3年度)', () => {
  const lines = [
    '令和2年度 地域福祉計画 進捗',
    '指標\t29年度\t30年度\t元年度\t2年度\t目標(3年度)\t達成率',
    '認知症サポーター数(人)\t3,200\t3,650\t4,010\t4,380\t5,000\t87.6%',
    '地域ボランティア登録者数(人)\t610\t655\t702\t731\t800\t91.4%',
  ];

  it('reads the years across the change of era, R2 the report year, both rates reproduced', async () => {
    const report = await read('chiiki-fukushi', lines);
    expect(report.reading.columns.map((c) => c.fiscalYear)).toEqual([
      null,
      2017,
      2018,
      2019,
      2020,
      2021,
      null,
    ]);
    expect(report.reading.fiscalYear).toMatchObject({ year: 2020 });
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('障害者計画 成果目標: 成果目標 | 目標の内容 | 目標値(H29) | 実績値(H29) | 達成率', () => {
  const lines = [
    '平成29年度 障害者計画 成果目標',
    '成果目標\t目標の内容\t目標値(H29)\t実績値(H29)\t達成率',
    '福祉施設入所者の地域生活への移行(人)\t平成25年度末の入所者の12%以上が地域生活へ移行\t12\t9\t75.0%',
    '一般就労への移行(人)\t平成24年度の一般就労移行者数の2倍以上\t18\t21\t116.7%',
  ];

  it('keeps each goal’s description as words, its target the 目標値, both rates reproduced', async () => {
    const report = await read('shogai', lines);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(column(report, '目標の内容')).toMatchObject({ role: 'narrative' });
    expect(report.kpis.map((k) => k.kpi.target?.value)).toEqual(['12', '18']);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('集中改革プラン 効果額: 項目 | 計画額 | 実績額（達成率）, the rate in brackets in each actual cell', () => {
  const lines = [
    '令和元年度 集中改革プラン 効果額',
    '項目\t計画額\t実績額（達成率）',
    '人件費の削減\t12,000千円\t12,840千円（107.0％）',
    '物件費の削減\t8,500千円\t7,930千円（93.3％）',
  ];

  it('reads the actuals with their printed rates, both reproduced, where it refused the table before', async () => {
    const report = await read('shuchu', lines);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(report.kpis.map((k) => k.printedRate?.text)).toEqual(['107.0%', '93.3%']);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

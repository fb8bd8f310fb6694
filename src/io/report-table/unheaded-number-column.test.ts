import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const read = (text: string) => importReportTable(readTsv('nogyo-h27.tsv', text));

describe('a column with no header word numbering the KPIs left of their names', () => {
  const header = '\t評価指標\t現状値 (現況年度)\t27年度実績\t目標値 (目標年度)';

  it('gives the KPIs their codes, every cell placed (a 福岡県 city’s 農業 goals)', () => {
    const report = read(
      [
        header,
        '1\t○市が認定した農業経営改善計画の認定経営体数\t122経営体 (26年度)\t126経営体\t132経営体 (36年度)',
        '2\t○集落営農等の法人化数\t3法人 (26年度)\t4法人\t6法人 (36年度)',
        '10\t○耕作放棄地の面積\t2.7ha (25年度)\t1.9ha\t2.7ha (36年度)',
      ].join('\n'),
    );
    expect(report.kpis.map((k) => k.kpi.code)).toEqual(['1', '2', '10']);
    expect(report.unplaced).toEqual([]);
  });

  it('reads a KPI column of letters as the codes of the names beside it (みなかみ町 成果指標名)', () => {
    const report = read(
      [
        '成果指標名\t\t単位\tH26\tH27',
        'A\t地域で支え合う福祉活動を行っている町民の割合\t%\t34.0\t32.8',
        'B\tボランティア活動参加者数\t人\t995\t1,011',
      ].join('\n'),
    );
    expect(report.kpis.map((k) => [k.kpi.code, k.kpi.title])).toEqual([
      ['A', '地域で支え合う福祉活動を行っている町民の割合'],
      ['B', 'ボランティア活動参加者数'],
    ]);
    expect(report.unplaced).toEqual([]);
    // Units beside the letters are no names: the letters stay the KPIs' names.
    const units = read(
      ['成果指標名\t\tH26\tH27', 'A\t%\t34.0\t32.8', 'B\t人\t995\t1,011'].join('\n'),
    );
    expect(units.kpis.map((k) => k.kpi.title)).toEqual(['A', 'B']);
  });

  it('numbers the KPIs across lines naming a level of the plan between them (住生活基本計画 「目標2 …」)', () => {
    const report = read(
      [
        header,
        '目標1 安全・安心な住まい',
        '1\t○耐震性を有する住宅の比率\t82% (25年度)\t84%\t95% (32年度)',
        '2\t○高齢者向け住宅の割合\t2.1% (26年度)\t2.3%\t4% (32年度)',
        '目標2 住宅の適正な管理',
        '3\t○リフォーム実施の割合\t3.8% (25年度)\t4.0%\t6% (32年度)',
      ].join('\n'),
    );
    expect(report.kpis.map((k) => k.kpi.code)).toEqual(['1', '2', '3']);
    expect(report.plan.policies.map((p) => p.name)).toEqual([
      '目標1 安全・安心な住まい',
      '目標2 住宅の適正な管理',
    ]);
    expect(report.unplaced).toEqual([]);
  });

  it('is no number column when a cell holds a word or a number twice', () => {
    const worded = read(
      [
        header,
        '1\t○認定経営体数\t122経営体 (26年度)\t126経営体\t132経営体 (36年度)',
        '農業\t○法人化数\t3法人 (26年度)\t4法人\t6法人 (36年度)',
      ].join('\n'),
    );
    expect(worded.unplaced.map((u) => u.text)).toContain('1');
    const twice = read(
      [
        header,
        '1\t○認定経営体数\t122経営体 (26年度)\t126経営体\t132経営体 (36年度)',
        '1\t○法人化数\t3法人 (26年度)\t4法人\t6法人 (36年度)',
      ].join('\n'),
    );
    expect(twice.unplaced.map((u) => u.text)).toContain('1');
  });

  it('numbers a table of one KPI row by its 1, not by another number (a 町 総合戦略 検証)', () => {
    const one = read(
      [header, '1\t○認定経営体数\t122経営体 (26年度)\t126経営体\t132経営体 (36年度)'].join('\n'),
    );
    expect(one.kpis.map((k) => k.kpi.code)).toEqual(['1']);
    expect(one.unplaced).toEqual([]);
    const third = read(
      [header, '3\t○認定経営体数\t122経営体 (26年度)\t126経営体\t132経営体 (36年度)'].join('\n'),
    );
    expect(third.unplaced.map((u) => u.text)).toContain('3');
  });
});

describe('numbers and names in the first two columns, no header word over either', () => {
  it('reads the names as the KPIs and the numbers as their codes', () => {
    const report = read(
      [
        '\t\t目標\t実績\t達成率',
        '1-1\t所蔵資料点数\t350,000点\t313,607点\t90%',
        '1-2\t個人貸出図書冊数\t850,000冊\t857,604冊\t101%',
      ].join('\n'),
    );
    expect(report.kpis.map((k) => [k.kpi.code, k.kpi.title])).toEqual([
      ['1-1', '所蔵資料点数'],
      ['1-2', '個人貸出図書冊数'],
    ]);
    expect(report.unplaced).toEqual([]);
  });

  it('keeps the first column as the names where the second holds no names (units)', () => {
    const report = read(['\t\t目標\t実績', '1\t点\t350\t313', '2\t冊\t850\t857'].join('\n'));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['1', '2']);
  });
});

describe('a KPI column whose cells are its own word and a number (地域再生計画 事後評価調書)', () => {
  const SHEET = [
    '指標\t\t基準値\t最終目標値\t最終実績',
    '指標1\t汚水処理人口普及率の向上\t78.4%\t89.0%\t93.9%',
    '指標2\t定住人口の増加\t15,581人\t15,471人\t14,922人',
  ];
  it('names the KPIs by the unheaded column beside it, 「指標1」 their codes', () => {
    const report = read(SHEET.join('\n'));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '汚水処理人口普及率の向上',
      '定住人口の増加',
    ]);
    expect(report.unplaced).toEqual([]);
  });
  it('reads circled numbers after the word too (「指標①」)', () => {
    const report = read(
      SHEET.map((l) => l.replace('指標1', '指標①').replace('指標2', '指標②')).join('\n'),
    );
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '汚水処理人口普及率の向上',
      '定住人口の増加',
    ]);
  });
  it('keeps the KPI column where a cell is no number after the word (「指標A案」)', () => {
    const report = read(SHEET.map((l) => l.replace('指標2', '指標A案')).join('\n'));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['指標1', '指標A案']);
  });
});

describe('KPI slots counted afresh under each project, the names beside them unheaded (坂井市)', () => {
  const FORM = [
    '交付対象事業の名称\t指標\t\t指標値\t単位\t目標月\t実績値',
    'シティセールス事業\t指標①\t首都圏での坂井市の認知度\t6\t%\tH28.3\t7.3',
    '\t指標②\t情報連鎖が獲得できる番組誘致\t1\t番組\tH28.3\t1',
    'B-1グランプリ開催事業\t指標①\t来場者数\t80,000\t人\tH28.3\t77,000',
  ];
  it('names the KPIs by the column beside the slots', () => {
    const report = read(FORM.join('\n'));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '首都圏での坂井市の認知度',
      '情報連鎖が獲得できる番組誘致',
      '来場者数',
    ]);
  });
  it('leaves a column whose numbers neither start at 1 afresh nor run on as it was', () => {
    const report = read(FORM.map((l) => l.replace('指標②', '指標③')).join('\n'));
    expect(report.kpis.map((k) => k.kpi.title)).not.toContain('来場者数');
  });
});

describe('a number column printed on each project’s first KPI only, beside slots counted afresh', () => {
  const FORM = [
    'No\t事業名\t指標\t\t目標値\t実績値',
    '1\t移住促進事業\t指標①\t移住世帯数\t5\t7',
    '\t\t指標②\t相談件数\t150\t150',
    '2\t観光振興事業\t指標①\t来場者数\t80,000\t77,000',
    '\t\t指標②\t宿泊者数\t1,000\t900',
    '3\t農業支援事業\t指標①\t新規就農者数\t2\t4',
  ];
  it('reads the numbers as the projects’, not the KPIs’ codes: no KPI given another’s number', () => {
    const report = read(FORM.join('\n'));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '移住世帯数',
      '相談件数',
      '来場者数',
      '宿泊者数',
      '新規就農者数',
    ]);
    expect(report.problems.filter((p) => p.kind === 'duplicate-code')).toEqual([]);
    expect(report.unplaced).toEqual([]);
    const no = report.reading.columns.find((c) => c.column === 1);
    expect(no?.because).toContain('printed on each project');
  });
  it('keeps a number on a later slot’s line as the KPIs’ codes (a number per KPI)', () => {
    const lines = FORM.map((l, i) => (i === 2 ? l.replace(/^\t/, '9\t') : l));
    const report = read(lines.join('\n'));
    expect(report.reading.columns.find((c) => c.column === 1)?.role).toBe('kpi');
  });
});

import { describe, expect, it } from 'vitest';
import { isRankAlone, parseDescribedFigure } from './described-figure.ts';
import { parseFigureText } from './figure-text.ts';

describe('figures printed with a description and a unit in the cell (福知山市)', () => {
  it('reads the number as the figure, the words before it as its description', () => {
    const floor = parseDescribedFigure('延床面積 45,298平方メートル');
    expect(floor).toMatchObject({ description: '延床面積', footnote: null });
    expect(floor?.parsed).toMatchObject({ figure: { value: '45298' }, unit: 'm²' });
    const staff = parseDescribedFigure('一般職員数 15人削減');
    expect(staff).toMatchObject({ description: '一般職員数' });
    expect(staff?.parsed).toMatchObject({ figure: { value: '15' }, unit: '人', reduction: true });
  });

  it('reads a figure with a figure of another unit beside it in brackets, that one kept as printed (兵庫県)', () => {
    const heads = parseDescribedFigure('17,979頭 (7 千円)');
    expect(heads).toMatchObject({ beside: '7 千円', description: null, footnote: null });
    expect(heads?.parsed).toMatchObject({
      figure: { value: '17979', secondary: null },
      unit: '頭',
    });
    // The same unit in brackets is the figure's second value; no unit on either side says nothing.
    expect(parseDescribedFigure('950 (9500)')?.beside).toBeNull();
    const same = parseDescribedFigure('17,979頭 (7頭)');
    expect(same?.beside).toBeNull();
    expect(same?.parsed).toMatchObject({ figure: { value: '17979', secondary: '7' }, unit: '頭' });
    expect(parseDescribedFigure('17,979 (7 千円)')).toBeUndefined();
  });

  it('keeps a footnote mark apart from the figure', () => {
    const marked = parseDescribedFigure('24,672平方メートル(※)');
    expect(marked).toMatchObject({ description: null, footnote: '※' });
    expect(marked?.parsed.figure.value).toBe('24672');
    expect(parseDescribedFigure('120※1')).toMatchObject({ footnote: '※1' });
    // 市川市 原単位: the base year of one line marked after its figure, no unit of it.
    expect(parseDescribedFigure('48*')).toMatchObject({ footnote: '*', parsed: { unit: null } });
    expect(parseDescribedFigure('48*')?.parsed.figure.value).toBe('48');
    // A mark after the unit: the unit is the unit alone, not 「人※」 (a unit unlike its KPI's).
    for (const cell of ['28,000人※', '２８，０００人※', '28,000人 ※', '28,000件＊'])
      expect(parseDescribedFigure(cell), cell).toMatchObject({
        footnote: expect.stringMatching(/^[※*]$/),
        parsed: { figure: { value: '28000' }, unit: expect.stringMatching(/^[人件]$/) },
      });
    expect(parseDescribedFigure('28,000人※2')).toMatchObject({
      footnote: '※2',
      parsed: { unit: '人' },
    });
  });

  it('reads plain figures as parseFigureText does, and no sentence as a figure', () => {
    expect(parseDescribedFigure('3,297百万円')).toMatchObject({
      description: null,
      parsed: { figure: { value: '3297' }, unit: '百万円' },
    });
    expect(parseDescribedFigure('▲12')?.parsed.figure.value).toBe('-12');
    expect(parseDescribedFigure('平成27年度に実施')).toBeUndefined();
    expect(parseDescribedFigure('延床面積')).toBeUndefined();
    expect(parseDescribedFigure('延べ人数 2')).toBeUndefined();
  });

  it('江田島市 "延べ 4": a total over the period, the figure 4 counted cumulatively', () => {
    expect(parseDescribedFigure('延べ 4')).toMatchObject({
      description: null,
      periodTotal: true,
      parsed: { figure: { value: '4' } },
    });
    expect(parseDescribedFigure('延べ 5人')?.parsed.unit).toBe('人');
    expect(parseDescribedFigure('4')?.periodTotal).toBe(false);
  });

  it("神川町: a figure as of a date is of that date's fiscal year; a year leading the words names it too", () => {
    expect(parseDescribedFigure('144 名(平成 26 年 4 月 1 日現在)')).toMatchObject({
      fiscalYear: 2014,
      description: null,
      parsed: { figure: { value: '144' }, unit: '名' },
    });
    // April–March: 31 March of H27 is still fiscal H26.
    expect(parseDescribedFigure('10人(平成27年3月31日現在)')?.fiscalYear).toBe(2014);
    expect(parseDescribedFigure('平成26年度職員数 146 名')).toMatchObject({
      fiscalYear: 2014,
      description: '平成26年度職員数',
    });
    expect(parseDescribedFigure('延床面積 45,298平方メートル')?.fiscalYear).toBeNull();
  });

  it('能代市 "71.7% (19年度)", 栃木県 "93.8 (H16)": the year the figure was measured in, in brackets', () => {
    expect(parseDescribedFigure('71.7% (19年度)')).toMatchObject({
      fiscalYear: 2007,
      parsed: { figure: { value: '71.7' }, unit: '%' },
    });
    expect(parseDescribedFigure('93.8 (H16)')).toMatchObject({
      fiscalYear: 2004,
      parsed: { figure: { value: '93.8' } },
    });
    expect(parseDescribedFigure('970m3 (令和元年度)')?.fiscalYear).toBe(2019);
    // An era's year with no 年 (住生活基本計画 全国計画の成果指標 「82%(平成25)」, 「約4,450ha(平成27)」).
    expect(parseDescribedFigure('82%(平成25)')).toMatchObject({
      fiscalYear: 2013,
      parsed: { figure: { value: '82' }, unit: '%' },
    });
    expect(parseDescribedFigure('約4,450ha(平成 27)')?.fiscalYear).toBe(2015);
    expect(parseDescribedFigure('12 (令和元)')?.fiscalYear).toBe(2019);
    // At the year's end (事後評価 「15.9%(1,088 戸/6,860 戸)(平成 27 年度末)」): that year's, the
    // counts it is a share of kept beside it.
    expect(parseDescribedFigure('62.0%(310 件/500 件)(令和 4 年度末)')).toMatchObject({
      fiscalYear: 2022,
      beside: '310 件/500 件',
      parsed: { figure: { value: '62.0' }, unit: '%' },
    });
    expect(parseDescribedFigure('80人(平成27年度末)')?.fiscalYear).toBe(2015);
    // A figure beside another in brackets is no year (いわき市 "1,030 (2,930)").
    expect(parseDescribedFigure('1,030 (2,930)')?.fiscalYear).toBeNull();
    expect(parseDescribedFigure('5 (年度)')).toBeUndefined();
  });

  it('a year, then a colon, before the figure: 「H30：120区画」, 「R6年度: 150」', () => {
    expect(parseDescribedFigure('H30：120区画')).toMatchObject({
      fiscalYear: 2018,
      parsed: { figure: { value: '120' }, unit: '区画' },
    });
    expect(parseDescribedFigure('R6年度: 150')?.fiscalYear).toBe(2024);
    // Words with a colon are no year: no figure.
    expect(parseDescribedFigure('目標：150')).toBeUndefined();
  });

  it('a year in brackets before the figure: 「（H30）35.2%」, 「【R4】10人」, 「(2019年度) 1,200」', () => {
    expect(parseDescribedFigure('（H30）35.2%')).toMatchObject({
      fiscalYear: 2018,
      parsed: { figure: { value: '35.2' }, unit: '%' },
    });
    expect(parseDescribedFigure('【R4】10人')).toMatchObject({
      fiscalYear: 2022,
      parsed: { figure: { value: '10' }, unit: '人' },
    });
    expect(parseDescribedFigure('(2019年度) 1,200')?.fiscalYear).toBe(2019);
    // Words in brackets are no year: no figure.
    expect(parseDescribedFigure('（目標）150')).toBeUndefined();
  });

  it('a figure wholly in brackets with its year and 実績 before it: 「(H25実績 5.3冊)」, H25’s result', () => {
    expect(parseDescribedFigure('(H25実績 5.3冊)')).toMatchObject({
      fiscalYear: 2013,
      parsed: { figure: { value: '5.3' }, unit: '冊' },
    });
    expect(parseDescribedFigure('（令和2年度実績 120人）')?.fiscalYear).toBe(2020);
    // Another word there (a target, an estimate) is not read so.
    expect(parseDescribedFigure('(H26目標 5.6冊)')?.fiscalYear ?? null).toBeNull();
  });

  it('「約1,200人」 and 「概ね 1,200人」 in a printed table as 1,200 人, not as a figure named 約', () => {
    expect(parseDescribedFigure('約1,200人')).toMatchObject({
      parsed: { figure: { value: '1200' }, unit: '人' },
      description: null,
    });
    expect(parseDescribedFigure('概ね 1,200人')?.parsed.figure.value).toBe('1200');
    expect(parseDescribedFigure('約△5%')?.parsed.figure.value).toBe('-5');
    expect(parseDescribedFigure('約束')).toBeUndefined();
    // A figure typed in states the figure: 約 is no part of one (entry-preview refuses it).
    expect(parseFigureText('約1,200人')).toBeUndefined();
  });

  it('a figure wholly in brackets (a sub-line under its KPI: 「(20,000円)」, 「[85.7%]」) as the figure', () => {
    expect(parseDescribedFigure('(20,000円)')).toMatchObject({
      parsed: { figure: { value: '20000' }, unit: '円' },
      beside: '(20,000円)',
    });
    expect(parseDescribedFigure('[85.7%]')?.parsed.figure.value).toBe('85.7');
    expect(parseDescribedFigure('（△864円）')?.parsed.figure.value).toBe('-864');
    expect(parseDescribedFigure('(参考)')).toBeUndefined();
    expect(parseDescribedFigure('(―)')).toBeUndefined();
  });

  it('a range (a target of 「60〜65%」) as its low end, the range kept beside it as printed', () => {
    expect(parseDescribedFigure('60〜65%')).toMatchObject({
      parsed: { figure: { value: '60' }, unit: '%' },
      beside: '60〜65%',
    });
    expect(parseDescribedFigure('60,312t〜63,173t')).toMatchObject({
      parsed: { figure: { value: '60312' }, unit: 't' },
    });
    // Not a range: the ends the wrong way round, of two units, or years.
    expect(parseDescribedFigure('65〜60%')).toBeUndefined();
    expect(parseDescribedFigure('60人〜65%')).toBeUndefined();
    expect(parseDescribedFigure('R1～R4')).toBeUndefined();
  });

  it('a total over a span of years in brackets after the figure, of the span’s last year', () => {
    for (const cell of ['320人（R1～R4累計）', '320人(H30-R4の計)', '320人（R1～R4）']) {
      expect(parseDescribedFigure(cell)).toMatchObject({
        periodTotal: true,
        fiscalYear: 2022,
        parsed: { figure: { value: '320' }, unit: '人' },
      });
    }
    // A share over a span with no word of a total may be an average: not read as one.
    expect(parseDescribedFigure('45%（R1～R4）')).toBeUndefined();
    expect(parseDescribedFigure('45%（R1～R4累計）')?.fiscalYear).toBe(2022);
    expect(parseDescribedFigure('320人（R1～R4平均）')).toBeUndefined();
  });

  it('a total over the period written 累計 before or after the figure, with its year after it', () => {
    expect(parseDescribedFigure('累計500人')).toMatchObject({
      periodTotal: true,
      parsed: { figure: { value: '500' }, unit: '人' },
    });
    expect(parseDescribedFigure('500人(累計)')).toMatchObject({
      periodTotal: true,
      parsed: { figure: { value: '500' }, unit: '人' },
    });
    expect(parseDescribedFigure('累計500人(R1)')).toMatchObject({
      periodTotal: true,
      fiscalYear: 2019,
      parsed: { figure: { value: '500' }, unit: '人' },
    });
    expect(parseDescribedFigure('延床面積 45,298平方メートル (R2)')).toMatchObject({
      description: '延床面積',
      fiscalYear: 2020,
    });
    expect(parseDescribedFigure('累計')).toBeUndefined();
  });
});

describe('a figure with its rank beside it in brackets (長野県 信州創生戦略)', () => {
  it('reads 「1.56 (全国16位)」 as 1.56, the rank kept beside it as printed', () => {
    const read = parseDescribedFigure('1.56 (全国16位)');
    expect(read?.parsed.figure.value).toBe('1.56');
    expect(read?.beside).toBe('全国16位');
    expect(parseDescribedFigure('7,612 (全国23位)')?.parsed.figure.value).toBe('7612');
    expect(parseDescribedFigure('61.2 (県内 3位)')?.beside).toBe('県内 3位');
  });

  it('reads no rank in words that only end in 位', () => {
    expect(parseDescribedFigure('1.56 (単位)')).toBeUndefined();
  });
});

describe('a figure, then the count it stands for and its rank, with no bracket (長野県 総合計画)', () => {
  it('reads 「44.2% 34市町村 全国41位(2022年)」 as 44.2% of 2022, the rest kept beside it', () => {
    const read = parseDescribedFigure('44.2% 34市町村 全国41位(2022年)');
    expect(read?.parsed.figure.value).toBe('44.2');
    expect(read?.parsed.unit).toBe('%');
    expect(read?.beside).toBe('34市町村 全国41位');
    expect(read?.fiscalYear).toBe(2022);
    expect(parseDescribedFigure('120人 3校')?.beside).toBe('3校');
  });

  it('reads no two figures of one unit, nor parts each named, so', () => {
    expect(parseDescribedFigure('12人 15人')).toBeUndefined();
    expect(parseDescribedFigure('橋梁23.0% トンネル75.0%')).toBeUndefined();
    expect(parseDescribedFigure('男性81.1年 全国2位 女性85.2年 全国1位')).toBeUndefined();
  });
});

describe('a rank alone (長野県 総合計画 目標 「全国1位(2026 年)」)', () => {
  it('is a rank, with its year or none, not a figure with a rank beside it', () => {
    for (const text of ['全国1位(2026 年)', '県内3位', '全国 第2位 (R7年度)'])
      expect(isRankAlone(text)).toBe(true);
    for (const text of ['1.56 (全国16位)', '1位の達成', '12人', ''])
      expect(isRankAlone(text)).toBe(false);
  });
});

describe('a figure with a year of four digits in brackets after it (長野県 総合計画)', () => {
  it('is the figure of that year, 年 or 年度, a space before it or none', () => {
    for (const [text, value, year] of [
      ['243.8人(2020 年)', '243.8', 2020],
      ['2.9万TJ(2020 年度)', '2.9', 2020],
      ['70.7%(2012年度)', '70.7', 2012],
    ] as const) {
      const read = parseDescribedFigure(text);
      expect([read?.parsed.figure.value, read?.fiscalYear, read?.beside]).toEqual([
        value,
        year,
        null,
      ]);
    }
  });
});

describe('a figure with a change beside it in brackets, saying not what it is against (岡山県 環境基本計画)', () => {
  it('reads 「61.9 (20%減)」 as the level 61.9, the cut kept beside it as printed, not as a rate', () => {
    const read = parseDescribedFigure('61.9 (20%減)');
    expect(read?.parsed.figure.value).toBe('61.9');
    expect(read?.parsed.aside).toBeNull();
    expect(read?.beside).toBe('20%減');
    expect(parseDescribedFigure('3,668 (22%減)')?.parsed.figure.value).toBe('3668');
    expect(parseDescribedFigure('120 (5%増)')?.beside).toBe('5%増');
  });
});

describe('a provisional figure of a year, then the settled one (岡山県 現況 「70.1 (H22速報) 63.7 (H22)」)', () => {
  it('reads the settled figure of its year, the provisional kept beside it as printed', () => {
    const read = parseDescribedFigure('70.1 (H22速報) 63.7 (H22)');
    expect(read?.parsed.figure.value).toBe('63.7');
    expect(read?.fiscalYear).toBe(2010);
    expect(read?.beside).toBe('70.1 (H22速報)');
    expect(parseDescribedFigure('4,387 (H22速報) 3,711 (H22)')?.parsed.figure.value).toBe('3711');
  });

  it('reads the provisional figure, an estimate, where the settled one is left out', () => {
    const read = parseDescribedFigure('36.1 (H22速報) (H22)');
    expect(read?.parsed.figure).toMatchObject({ value: '36.1', estimate: true });
    expect(read?.fiscalYear).toBe(2010);
  });

  it('reads no figure where the settled one is of another year', () => {
    expect(parseDescribedFigure('70.1 (H22速報) 63.7 (H23)')).toBeUndefined();
    expect(parseDescribedFigure('36.1 (H22速報) (H23)')).toBeUndefined();
  });
});

describe('a figure with a remark in brackets after it, saying why (阿賀野市 自殺対策)', () => {
  it('reads the figure, the remark kept beside it as printed', () => {
    const cell = parseDescribedFigure('年1回 (新型コロナウイルス感染症のため1回中止)');
    expect(cell?.parsed.figure.value).toBe('1');
    expect(cell?.beside).toBe('新型コロナウイルス感染症のため1回中止');
    expect(parseDescribedFigure('12件(台風のため2件中止)')).toMatchObject({
      beside: '台風のため2件中止',
      parsed: { unit: '件' },
    });
  });

  it('reads a date in brackets after a figure as the fiscal year it falls in (「8.5%（R1.4.1）」)', () => {
    expect(parseDescribedFigure('8.5%（R1.4.1）')).toMatchObject({
      fiscalYear: 2019,
      parsed: { figure: { value: '8.5' }, unit: '%' },
    });
    // March's end is the year before's: R5.3末 is R4's.
    expect(parseDescribedFigure('120人（R5.3末）')?.fiscalYear).toBe(2022);
    expect(parseDescribedFigure('120人(令和5年3月末時点)')?.fiscalYear).toBe(2022);
    expect(parseDescribedFigure('120人 (2023.4.1現在)')?.fiscalYear).toBe(2023);
  });

  it('keeps a comparison with the year before beside the figure (「132万人（前年比+5%）」)', () => {
    expect(parseDescribedFigure('132万人（前年比+5%）')).toMatchObject({
      parsed: { figure: { value: '132' }, unit: '万人' },
      beside: '前年比+5%',
    });
    expect(parseDescribedFigure('1,250人 (対前年度 105.2%)')?.beside).toBe('対前年度 105.2%');
  });

  it('leaves short words and figures in brackets to the rules that read them', () => {
    expect(parseDescribedFigure('12件(見込み)')?.beside ?? null).toBeNull();
    expect(parseDescribedFigure('950 (9500)')?.beside).toBeNull();
    expect(parseDescribedFigure('検討中 (来年度に実施予定)')).toBeUndefined();
  });
});

describe('a figure with its change in percent run on with no space (特定事業主行動計画 徳島市)', () => {
  it('reads the figure and keeps the change beside it, as when a space parts them', () => {
    for (const [cell, value, change] of [
      ['12.9日▲1.5%', '12.9', '▲1.5%'],
      ['14.5日△10%', '14.5', '△10%'],
      ['1,200人+3.5%', '1200', '+3.5%'],
    ] as const) {
      const read = parseDescribedFigure(cell);
      expect([read?.parsed.figure.value, read?.parsed.unit, read?.beside]).toEqual([
        value,
        cell.includes('日') ? '日' : '人',
        change,
      ]);
      expect(read).toEqual(parseDescribedFigure(cell.replace(/(?=[▲△+])/, ' ')));
    }
  });
  it('reads no change after a figure of the same unit, nor after a bare number', () => {
    expect(parseDescribedFigure('12.9%▲1.5%')).toBeUndefined();
    expect(parseDescribedFigure('12.9▲1.5%')).toBeUndefined();
  });
});

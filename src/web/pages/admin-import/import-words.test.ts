import {
  NONE_REPRODUCED,
  YEAR_ON_YEAR_MISMATCH,
  YEAR_ON_YEAR_UNREAD,
} from '../../../domain/import-problem-kind.ts';
import { describe, expect, it } from 'vitest';
import type {
  ImportColumnView,
  ImportKpiView,
  ImportPreviewView,
  ImportProblemView,
} from '../../../domain/api-contract.ts';
import { fiscalYear } from '../../../domain/fiscal-year.ts';
import { describeRule } from '../../../domain/inference.ts';
import { BASES } from '../../../domain/model.ts';
import { parsePrintedRate } from '../../../domain/rate-format.ts';
import { ApiError } from '../../api/api-error.ts';
import type { Params } from '../../i18n/i18n.ts';
import { translate } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/messages-ja.ts';
import {
  columnReason,
  importErrorMessage,
  kpiCheckText,
  problemText,
  unplacedReason,
} from './import-words.ts';

const ja = (key: MessageKey, params?: Params) => translate('ja', key, params);
const en = (key: MessageKey, params?: Params) => translate('en', key, params);
const ENGLISH = /[A-Za-z]{3,}(\s+[A-Za-z]{2,})+/;

const column = (because: string, more: Partial<ImportColumnView> = {}): ImportColumnView => ({
  column: 5,
  label: '目標値 (R8)',
  role: 'target',
  fiscalYear: null,
  because,
  unit: null,
  setByHand: false,
  ...more,
});

const preview = (more: Partial<ImportPreviewView> = {}): ImportPreviewView => ({
  file: 'a.tsv',
  planName: '計画',
  fiscalYear: { year: fiscalYear(2023), source: 'header', column: 5, because: 'the header' },
  headerRows: [1],
  sheets: null,
  planTable: false,
  gradeScale: { labels: ['A', 'B', 'C', 'D'], cuts: [100, 80, 60] },
  gradeScaleSource: 'default',
  changeGrades: null,
  columns: [column('the word "目標"'), column('the word "実績"', { role: 'actual' })],
  rows: [],
  kpis: [],
  unplaced: [],
  problems: [],
  mapping: { saved: false, savedAt: null, savedBy: null },
  ...more,
});

const kpi = (rule: string | null, reason: string | null): ImportKpiView => ({
  code: '①',
  title: '図書の貸出冊数',
  row: 3,
  printed: '75%',
  computed: '75%',
  match: rule !== null,
  rule,
  reason,
  printedGrade: null,
  grade: null,
  yearRates: [],
  yearOnYear: [],
});

describe('columnReason', () => {
  it('says a column with no header was read by its cells of units (施策マネジメントシート)', () => {
    const units = column('no header, but its cells are units', { role: 'unit', label: '' });
    expect(columnReason(units, 'ja', ja)).toBe('見出しはありませんが、中身が単位のため単位と判断');
    expect(columnReason(units, 'en', en)).toBe('no header, but its cells are units');
  });

  it('says a column of goals printed as lines was read so (ごみ処理基本計画 達成状況)', () => {
    const goal = column('rewritten from lines of goals and their 達成状況', { role: 'baseline' });
    expect(columnReason(goal, 'ja', ja)).toBe(
      '目標ごとにその達成状況が行で並ぶ表のため基準値と判断',
    );
  });

  it('says why in Japanese, with the header word the importer found', () => {
    expect(columnReason(column('the word "目標"'), 'ja', ja)).toBe(
      '見出しの語「目標」から目標値と判断',
    );
    expect(columnReason(column('no known word', { role: 'other' }), 'ja', ja)).toBe(
      '見出しに役割を示す語がありません',
    );
    expect(
      columnReason(column("the 22 年度 row's 内訳: no known word", { role: 'other' }), 'ja', ja),
    ).toBe('見出しに役割を示す語がありません');
    expect(columnReason(column('set by hand', { setByHand: true }), 'ja', ja)).toBe('手で設定');
    expect(
      columnReason(
        column(
          'read as the target by the printed rates it reproduces (3 of 5 sampled; the header words: the word "目標")',
        ),
        'ja',
        ja,
      ),
    ).toBe('表の達成率を最も多く再現する読み方から目標値と判断');
    expect(columnReason(column('named (b) in the rate formula of "達成率 (a/b)"'), 'ja', ja)).toBe(
      '達成率「達成率 (a/b)」の計算式で（b）と示された列のため目標値と判断',
    );
  });

  it('says why a second rate column is kept as printed (実施率 beside 達成率)', () => {
    const because =
      'a second rate column, kept as printed: the figures explain column 4 "達成率"\'s rates (the header words: the word "実施率")';
    expect(columnReason(column(because, { role: 'other' }), 'ja', ja)).toBe(
      '率の列がもう一つあり、表の数値が「達成率」の率を再現するため、こちらは印刷どおり保持',
    );
  });

  it('says why a column of the present state beside the baselines is the actuals (栃木県 現況値)', () => {
    const because = 'the word "現況", beside the baseline: the present state reached';
    expect(columnReason(column(because, { role: 'actual' }), 'ja', ja)).toBe(
      '基準値の列の隣にある「現況」（現在の状態）のため、到達した値として実績値と判断',
    );
  });

  it('says why round ap’s columns got their roles (定員適正化計画, 健全化判断比率, 温暖化対策実行計画)', () => {
    const reasons: readonly (readonly [string, ImportColumnView['role'], string])[] = [
      [
        "the 令和元年 row's 実職員数: rewritten from rows of years: the first year, the base its changes count from",
        'baseline',
        '最初の年度',
      ],
      [
        "the 令和元年 row's 削減率: rewritten from rows of years: the base year’s own rate of change, nothing changed yet",
        'other',
        '変化なし',
      ],
      ['a limit the law sets: the word "早期健全化基準"', 'other', '「早期健全化基準」は法令'],
      ['the measure "排出量" of the baseline\'s header, at a later year', 'actual', '「排出量」'],
    ];
    for (const [because, role, words] of reasons) {
      const text = columnReason(column(because, { role }), 'ja', ja);
      expect(text).toContain(words);
      expect(text).not.toMatch(ENGLISH);
    }
  });

  it('says why a grade column of figures, and a yearless one a note dates, are actuals (健康増進計画)', () => {
    const figures = 'the word "評価", but its cells are figures: what was measured in H19';
    expect(columnReason(column(figures, { role: 'actual' }), 'ja', ja)).toBe(
      '見出しは評価の列ですが、中身が数値のため実績値と判断',
    );
    const noted = 'the word "直近", of the year the note above the table names for it';
    expect(columnReason(column(noted, { role: 'actual' }), 'ja', ja)).toBe(
      '表の上の注記がこの列の年度を示すため、その年度の実績値と判断',
    );
  });

  it('says why a column of percentages no word names is the rates (進捗状況)', () => {
    const because = 'its cells are rates ("90.0%"), which the figures reproduce';
    expect(columnReason(column(because, { role: 'rate' }), 'ja', ja)).toBe(
      '列の値がすべて率（「90.0%」など）で、表の数値がその率を再現するため達成率と判断',
    );
  });

  it('says why in Japanese for the round-d readings: grouped lines, base-year lines, a foreign unit, grades by year', () => {
    for (const [because, role] of [
      ["rewritten from two-level row labels: the line's label after its group's", 'kpi'],
      ['rewritten from lines of years against a base year', 'baseline'],
      [
        "rewritten from lines of years against a base year: a year's change on the base year",
        'rate',
      ],
      [
        'the word "決算", but its cells are in 円, not the 人 of the figures left of them: kept as printed',
        'other',
      ],
      ["only a fiscal year, but its cells are grades: the latest year graded, the KPI's", 'grade'],
      ["only a fiscal year, but its cells are grades: another year's, kept as printed", 'other'],
    ] as const) {
      const text = columnReason(column(because, { role }), 'ja', ja);
      expect(text).not.toMatch(ENGLISH);
      expect(text).not.toMatch(/^見出し「/);
    }
    const foreign =
      'the word "決算", but its cells are in 円, not the 人 of the figures left of them: kept as printed';
    expect(columnReason(column(foreign, { role: 'other' }), 'ja', ja)).toContain('「円」');
  });

  it('says why counts by date follow the measure their difference names (公共施設 延べ床面積)', () => {
    const start =
      'the earliest count of "延べ床面積": the start of its difference ("延べ床面積差し引き")';
    expect(columnReason(column(start, { role: 'baseline' }), 'ja', ja)).toBe(
      '差の列「延べ床面積差し引き」が示す「延べ床面積」の最も早い日付の値（差の起点）のため基準値と判断',
    );
    const beside =
      'a count beside "延べ床面積", the figure its difference ("延べ床面積差し引き") is of';
    expect(columnReason(column(beside, { role: 'other' }), 'ja', ja)).toBe(
      '差の列「延べ床面積差し引き」が示す「延べ床面積」と同じ日付の別の数値のため、印刷どおり保持',
    );
  });

  it('names the header and role for a reason it does not know, never in English', () => {
    const text = columnReason(column('some reason the web has not heard of'), 'ja', ja);
    expect(text).toBe('見出し「目標値 (R8)」から目標値と判断');
    expect(text).not.toMatch(ENGLISH);
  });

  it('keeps the importer’s own sentence in English', () => {
    expect(columnReason(column('the word "目標"'), 'en', en)).toBe('the word "目標"');
  });
});

describe('problemText', () => {
  const problem = (kind: ImportProblemView['kind'], message: string): ImportProblemView => ({
    kind,
    row: 7,
    column: 4,
    message,
  });

  it('says rates with nothing to check them against apart from a year’s rate that differs', () => {
    const unchecked = problem(
      'rate',
      'the table prints 8 rates ("執行率", column 3) but no target, yearly plan or baseline they are reckoned against: none can be checked, and the figures are read as printed',
    );
    expect(problemText(unchecked, preview(), 'ja', ja)).toBe(
      '達成率が印刷されていますが、比べる目標値・計画値・基準値が表にないため、どの率も検算できません。値は印刷のとおり取り込みます（7行目・D列）。',
    );
    expect(
      problemText(problem('rate', 'KPI ① the R3 rate differs'), preview(), 'ja', ja),
    ).toContain('単年度の達成率');
  });

  it('says a column of percentages read as no KPI’s rates, naming it', () => {
    const unread = problem(
      'rate',
      `column 4 ("到達度") prints percentages that ${NONE_REPRODUCED} as its KPIs' rates: kept as printed, none checked`,
    );
    const text = problemText(unread, preview(), 'ja', ja);
    expect(text).toContain('列「到達度」に率（%）が印刷されていますが');
    expect(text).toContain('（7行目・D列）');
  });

  it('says a change against the year before its figures do not give, and a column none give', () => {
    const mismatch = problem(
      'rate',
      `KPI 3: the change against the year before printed 1.8% in column 4 ("対前年度増減率") ${YEAR_ON_YEAR_MISMATCH} 1.3%, this year's (column 2) less last year's (column 3), over last year's (column 3)`,
    );
    expect(problemText(mismatch, preview(), 'ja', ja)).toBe(
      '前年度比（増減率）が1.8%と印刷されていますが、その行の2つの数値から求めると1.3%です（7行目・D列）。',
    );
    const unread = problem(
      'rate',
      `column 4 ("前年度比") prints 2 changes against the year before that ${YEAR_ON_YEAR_UNREAD}: kept as printed, none checked`,
    );
    expect(problemText(unread, preview(), 'ja', ja)).toContain(
      '列「前年度比」の前年度比（増減率）は',
    );
    expect(problemText(unread, preview(), 'ja', ja)).not.toMatch(ENGLISH);
  });

  it('says each kind in Japanese with its row and column and the table’s quoted words', () => {
    expect(
      problemText(problem('unit', 'the value "150千人" is not in 人'), preview(), 'ja', ja),
    ).toBe('KPIの単位と異なる単位か、不明な単位の値です（7行目・D列）。（「150千人」）');
    expect(problemText(problem('duplicate-code', 'code ① twice'), preview(), 'ja', ja)).toBe(
      'KPI番号が重複しています。2つ目の行は読み取りません（7行目・D列）。',
    );
  });

  it('reads a missing role off the preview: the year, the actuals, or no KPI', () => {
    const role = problem('role', 'whatever the importer said');
    expect(problemText(role, preview({ fiscalYear: null }), 'ja', ja)).toContain('報告年度');
    expect(
      problemText(role, preview({ columns: [column('the word "目標"')] }), 'ja', ja),
    ).toContain('実績値（実績）の列が見つかりません');
    expect(problemText(role, preview(), 'ja', ja)).toContain('KPIとして読める行がありません');
  });

  it('asks for a worksheet to be chosen on the page, not with the command line’s --sheet', () => {
    const sheets = problem(
      'reading',
      "the workbook's other worksheets with content are not read: 基本目標2, 基本目標3; this reads the worksheet 基本目標1 alone (read another with --sheet NAME, or save each worksheet as a file of its own)",
    );
    const workbook = preview({
      sheets: { read: '基本目標1', others: ['基本目標2', '基本目標3'] },
    });
    expect(problemText(sheets, workbook, 'ja', ja)).toBe(
      'ブックの他のシート（基本目標2、基本目標3）は読んでいません。最初のシート「基本目標1」だけを読みました。読み取るシートを選んでください。',
    );
    expect(problemText(sheets, workbook, 'en', en)).not.toContain('--sheet');
    expect(problemText(sheets, workbook, 'en', en)).toContain('基本目標2, 基本目標3');
    // Two readings explaining as many rates is another 'reading' problem, said as before.
    expect(problemText(problem('reading', 'two readings'), workbook, 'ja', ja)).toContain(
      '列の読み方が2通り',
    );
  });
});

describe('unplacedReason', () => {
  const cell = (reason: string) => ({ row: 9, column: 3, text: 'x', reason });

  it('says the known reasons in Japanese and names the place of an unknown one', () => {
    expect(unplacedReason(cell('not a figure'), 'ja', ja)).toBe('数値として読めません');
    expect(unplacedReason(cell('column 3 has no place for it'), 'ja', ja)).toBe(
      'この列の値を置く項目がありません',
    );
    expect(unplacedReason(cell('a brand new reason'), 'ja', ja)).toBe(
      '9行目・C列のセルは、置く項目が見つかりませんでした',
    );
  });
});

describe('kpiCheckText', () => {
  it('says every basis in Japanese, the ones on the yearly plans as such', () => {
    const said = BASES.map((basis) => {
      const rule = describeRule(
        {
          kind: 'matched',
          rule: { direction: 'increase', basis, formula: 'ratio' },
          rounding: 'half-up',
        },
        parsePrintedRate('95.0%') ?? null,
      );
      return kpiCheckText(kpi(rule ?? '', null), 'ja', ja);
    });
    for (const text of said) expect(text).not.toMatch(ENGLISH);
    expect(new Set(said).size).toBe(BASES.length);
    expect(said[BASES.indexOf('milestone')]).toBe(
      '実績値 ÷ 目標値（報告年度の実績を、その年度の計画値に対して）、小数第1位に四捨五入',
    );
    expect(said[BASES.indexOf('milestone-sum')]).toContain('各年度の計画値の合計に対して');
  });

  it('says the rule that reproduced the rate in Japanese', () => {
    expect(
      kpiCheckText(
        kpi("target ÷ actual (the report year's actual), cut off (切り捨て) to 1 decimal", null),
        'ja',
        ja,
      ),
    ).toBe('目標値 ÷ 実績値（報告年度の実績）、小数第1位に切り捨て');
    expect(
      kpiCheckText(
        kpi(
          '(actual − baseline) ÷ (target − baseline) (the cumulative actual), rounded half up to a whole percent',
          null,
        ),
        'ja',
        ja,
      ),
    ).toBe('（実績値 − 基準値）÷（目標値 − 基準値）（累計の実績）、整数の%に四捨五入');
  });

  it('says a change against the base or a gap to the plan in Japanese (三重県 増減率, 小坂町 乖離率)', () => {
    const rule = (formula: string) =>
      kpiCheckText(
        kpi(`${formula} (the report year's actual), rounded half up to 1 decimal`, null),
        'ja',
        ja,
      );
    expect(rule('(actual − baseline) ÷ baseline')).toBe(
      '（実績値 − 基準値）÷ 基準値（報告年度の実績）、小数第1位に四捨五入',
    );
    expect(rule('(baseline − actual) ÷ baseline')).toMatch(/^（基準値 − 実績値）÷ 基準値（/);
    expect(rule('(target − actual) ÷ target')).toMatch(/^（目標値 − 実績値）÷ 目標値（/);
  });

  it('says that nothing reproduced it, and nothing without a printed rate', () => {
    expect(kpiCheckText(kpi(null, 'no basis or formula reproduces 75%'), 'ja', ja)).toBe(
      'どの計算式と丸め方でも表の達成率 75% を再現できませんでした',
    );
    expect(kpiCheckText(kpi(null, null), 'ja', ja)).toBe('');
  });

  it('says a KPI to bring down printed as actual ÷ target, in both languages (御所市 ごみの量)', () => {
    const reason =
      "printed as actual ÷ target (the report year's actual): the printed 101.0% divides as for a figure to raise";
    const printed = { ...kpi(null, reason), printed: '101.0%' };
    expect(kpiCheckText(printed, 'ja', ja)).toBe(
      '表の達成率 101.0% は実績値 ÷ 目標値です。この指標は下げる指標（目標値が基準値より低い）なので、100%を超えると未達成です。見える化は目標値 ÷ 実績値で計算します',
    );
    expect(kpiCheckText(printed, 'ja', ja)).not.toMatch(ENGLISH);
    expect(kpiCheckText(printed, 'en', en)).toBe(reason);
  });

  it('says a rate the table capped at 100%, in both languages', () => {
    const reason = 'capped at 100%: the printed 100.0% where the figures give more';
    const printed = { ...kpi(null, reason), printed: '100.0%' };
    expect(kpiCheckText(printed, 'ja', ja)).toBe(
      '表の達成率 100.0% は100%で頭打ちにした値です（実績からはそれ以上になります）。見える化は達成率を100%で止めません',
    );
    expect(kpiCheckText(printed, 'en', en)).toBe(reason);
  });
});

describe('importErrorMessage', () => {
  it('says in Japanese which limit a refused file broke, and the limit', () => {
    const refused = (message: string, row = 1) =>
      importErrorMessage(new ApiError(400, 'import', message, { file: 'wide.tsv', row }), 'ja', ja);
    expect(refused('wide.tsv, row 1: more than 200 columns (limit 200)')).toBe(
      'ファイルを取り込めませんでした。「wide.tsv」は列数が上限（200）を超えています（1行目で読み取りを止めました）。',
    );
    expect(refused('wide.tsv, row 10001: more than 10,000 rows (limit 10,000)', 10001)).toContain(
      '行数が上限（10,000）を超えています',
    );
    expect(refused('wide.tsv: took longer than 20 s to read (limit 20 s)')).toContain(
      '読み取りにかかる時間が上限（20 s）を超えています',
    );
    // A refusal that broke no limit reads as before.
    expect(refused('wide.tsv, row 1: no header row found')).not.toContain('上限');
  });

  it('says a refused file in Japanese with its file, row and column', () => {
    const error = new ApiError(400, 'import', 'a.tsv, row 7: not a KPI table', {
      file: 'a.tsv',
      row: 7,
      column: 2,
    });
    const text = importErrorMessage(error, 'ja', ja);
    expect(text).toContain('「a.tsv」の7行目・B列');
    expect(text).not.toMatch(ENGLISH);
    expect(importErrorMessage(error, 'en', en)).toContain('not a KPI table');
  });
});

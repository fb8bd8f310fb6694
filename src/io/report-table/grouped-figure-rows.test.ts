import { describe, expect, it } from 'vitest';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { contentRows } from '../grid.ts';
import { ungroupFigureRows } from './grouped-figure-rows.ts';
import { importReportTable } from './import-report-table.ts';

const rows = (text: string) => contentRows(readTsv('t.tsv', text).rows);

/** 桑名市 公共施設等総合管理計画 削減目標と取組実績 (令和4年3月末現在), its rows as printed. */
const KUWANA = [
  '【単位:平方メートル】',
  '公共施設等総合管理計画\t期間【H28-R46】 50年間',
  '\t削減目標 総量33%【床面積:145,182】削減',
  '実施計画\tアクションプラン\t第1次\t第2次\t第3次\t第4次\t第5次',
  '\t期間\tH28-R7\tR8-R17\tR18-R27\tR28-R37\tR38-R46',
  '実績\t削減目標(※)\t29,037\t29,037\t29,037\t29,037\t29,034',
  '\t削減実績\t22,428\t-\t-\t-\t-',
  '\t達成率\t77%\t-\t-\t-\t-',
  '※各アクションプランの削減目標を定める為に単純に算出した数値。',
].join('\n');

describe('rows of figures named in the second column under group labels (桑名市 公共施設)', () => {
  it('sets the group labels and the cells above the header aside as title lines, the periods joined to the header', () => {
    const ungrouped = ungroupFigureRows(rows(KUWANA));
    expect(ungrouped?.rows.map((r) => r.cells)).toEqual([
      ['【単位:平方メートル】'],
      ['公共施設等総合管理計画'],
      ['期間【H28-R46】 50年間'],
      ['削減目標 総量33%【床面積:145,182】削減'],
      ['実施計画'],
      ['実績'],
      [
        'アクションプラン 期間',
        '第1次 H28-R7',
        '第2次 R8-R17',
        '第3次 R18-R27',
        '第4次 R28-R37',
        '第5次 R38-R46',
      ],
      ['削減目標(※)', '29,037', '29,037', '29,037', '29,037', '29,034'],
      ['削減実績', '22,428', '-', '-', '-', '-'],
      ['達成率', '77%', '-', '-', '-', '-'],
      ['※各アクションプランの削減目標を定める為に単純に算出した数値。'],
    ]);
    expect(ungrouped?.origin(3, 1)).toEqual({ row: 2, column: 2 });
    expect(ungrouped?.origin(6, 1)).toEqual({ row: 6, column: 1 });
    expect(ungrouped?.origin(9, 2)).toEqual({ row: 7, column: 3 });
    expect(ungrouped?.headerRow).toBe(4);
  });

  it('is not applied where the first column names the kinds (杵築市) or a group label is printed on every line', () => {
    expect(
      ungroupFigureRows(
        rows('\t歳出削減額\t歳入確保額\nプラン\t555,422\t9,622\n達成額\t641,791\t▲ 19,761'),
      ),
    ).toBeNull();
    const belowAnotherTable = `指標\t目標値\t実績値\n件数\t10\t5\n${KUWANA}`;
    expect(ungroupFigureRows(rows(belowAnotherTable))).toBeNull();
    const groupOnEveryLine = KUWANA.replace('\t削減実績', '実績\t削減実績');
    expect(ungroupFigureRows(rows(groupOnEveryLine))).toBeNull();
  });

  it('reads the header by its own words where no line of periods is under it', () => {
    const noPeriods = KUWANA.split('\n')
      .filter((line) => !line.startsWith('\t期間'))
      .join('\n');
    expect(ungroupFigureRows(rows(noPeriods))?.rows[6]?.cells).toEqual([
      'アクションプラン',
      '第1次',
      '第2次',
      '第3次',
      '第4次',
      '第5次',
    ]);
  });

  it('reads each plan as a KPI: 22,428 ÷ 29,037 reproduces the printed 77%, every cell placed', () => {
    const report = importReportTable(readTsv('kuwana-koukyoshisetsu-r3.tsv', KUWANA));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '第1次 H28-R7',
      '第2次 R8-R17',
      '第3次 R18-R27',
      '第4次 R28-R37',
      '第5次 R38-R46',
    ]);
    const first = checkReport(report).kpis[0];
    expect([first?.printed, first?.computed, first?.match]).toEqual(['77%', '77%', true]);
    expect(report.unplaced).toEqual([]);
    // The title's 「期間【H28-R46】」 is the plan's period: the year is the file name's, not R46.
    expect(report.reading.fiscalYear?.because).toMatch(/file name/);
  });
  it('reads lines named by words no rule knows as the plan and the result the rate line divides', () => {
    // Only the rate line is named by a known word: the two lines above it are read by the rate.
    const table = [
      '単位:件',
      '区切り\t段\t甲\t乙\t丙',
      '群\t当初見通し\t40\t50\t-',
      '\t到達\t30\t50\t-',
      '\t達成率\t75%\t100%\t-',
    ].join('\n');
    const ungrouped = ungroupFigureRows(rows(table));
    expect(ungrouped?.rows.map((r) => r.cells[0])).toEqual([
      '単位:件',
      '区切り',
      '群',
      '段',
      '当初見通し',
      '到達',
      '達成率',
    ]);
    const report = importReportTable(readTsv('t-r3.tsv', table));
    const checked = checkReport(report);
    expect(checked.summary).toMatchObject({ printed: 2, matched: 2 });
    expect(report.unplaced).toEqual([]);
    // Figures no rate divides are not taken for a plan and its result.
    const undivided = table.replace('\t30\t50', '\t7\t9');
    expect(ungroupFigureRows(rows(undivided))).toBeNull();
  });
});

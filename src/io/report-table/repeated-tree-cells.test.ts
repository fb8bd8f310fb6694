import { describe, expect, it } from 'vitest';
import type { ImportedReport } from '../imported-report.ts';
import { readReportFile } from '../read-report-file.ts';

/*
 * Mieruka's own PDF and XLSX exports print the basic policy and the theme on every KPI row,
 * where the city's workbook merges them into one cell: both must give the same plan tree.
 */

const header =
  '基本方針\tテーマプログラム\t重要業績評価指標\t担当課\t単位\t目標値(R8)\tR5実績\t達成率';
const kpi = (code: string) => `${code} 指標\t企画課\t件\t2\t1\t50%`;

const merged = [
  header,
  `1 地域経営マネジメント\t1 地域経営の仕組みづくり (1.2)\t${kpi('①')}`,
  `\t\t${kpi('②')}`,
  `\t2 情報の共有と参加 (3)\t${kpi('③')}`,
  `2 公共施設マネジメント\t4 公共施設の再編 (4)\t${kpi('④')}`,
];

const repeated = [
  header,
  `1 地域経営マネジメント\t1 地域経営の仕組みづくり (1.2)\t${kpi('①')}`,
  `1 地域経営マネジメント\t1 地域経営の仕組みづくり (1.2)\t${kpi('②')}`,
  `1 地域経営マネジメント\t2 情報の共有と参加 (3)\t${kpi('③')}`,
  `2 公共施設マネジメント\t4 公共施設の再編 (4)\t${kpi('④')}`,
];

const read = (lines: readonly string[]) =>
  readReportFile('tree.tsv', new TextEncoder().encode(lines.join('\n')));

const tree = (report: ImportedReport) =>
  report.plan.policies.map((p) => [
    `${p.number} ${p.name}`,
    p.themes.map((t) => [`${t.number} ${t.name}`, t.kpis.map((k) => k.code)]),
  ]);

describe('a plan-tree cell repeated on every KPI row', () => {
  it('continues the current policy and theme: the same tree as the merged cells', async () => {
    const expected = [
      [
        '1 地域経営マネジメント',
        [
          ['1 地域経営の仕組みづくり', ['①', '②']],
          ['2 情報の共有と参加', ['③']],
        ],
      ],
      ['2 公共施設マネジメント', [['4 公共施設の再編', ['④']]]],
    ];
    expect(tree(await read(merged))).toEqual(expected);
    const again = await read(repeated);
    expect(tree(again)).toEqual(expected);
    expect(again.unplaced).toEqual([]);
  });
});

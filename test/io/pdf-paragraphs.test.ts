import { expect, it } from 'vitest';
import { readReportFile } from '../../src/io/read-report-file.ts';
import { checkReport } from '../../src/io/report-check.ts';
import { renderPdf } from '../../src/services/pdf-renderer.ts';
import { escapeHtml } from '../../src/io/export/report-html.ts';

/*
 * A report that states its plan and results in sentences (群馬県 森林計画's 前計画の実行結果),
 * printed as a PDF whose paragraphs the page wraps mid-sentence: each wrapped paragraph is read
 * as one line again, so that no statement loses its rate to the next line.
 */

const PARAGRAPHS = [
  '2 前計画の実行結果の概要及びその評価',
  '伐採立木材積については、主伐は計画220,000立方メートルに対して実行203,000立方メートル(実行歩合92パーセント)、間伐は計画820,000立方メートルに対して実行910,000立方メートル(実行歩合111パーセント)でした。また、間伐面積については、計画10,200ヘクタールに対して実行5,180ヘクタール(実行歩合51パーセント)でした。',
  '人工造林の面積については、計画640ヘクタールに対して実行92ヘクタール(実行歩合14パーセント)、天然更新の面積については、計画370ヘクタールに対して実行86ヘクタール(実行歩合23パーセント)でした。',
];

it('reads every statement of sentences a PDF wrapped over several lines (5 of 5 rates)', async () => {
  // A narrow page, so that each statement wraps, one of them between 「実行歩合」 and its rate.
  const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
body { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 9pt; margin: 0; width: 118mm; }
p { margin: 0 0 2mm; }
</style></head><body>${PARAGRAPHS.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`;
  const pdf = await renderPdf({
    html,
    headerTemplate: '<span></span>',
    footerTemplate: '<span></span>',
  });
  const result = checkReport(await readReportFile('gunma-shinrin-r1.pdf', pdf));
  expect(result.kpis.map((k) => [k.title, k.printed, k.match])).toEqual([
    ['主伐', '92%', true],
    ['間伐', '111%', true],
    ['間伐面積', '51%', true],
    ['人工造林の面積', '14%', true],
    ['天然更新の面積', '23%', true],
  ]);
  expect(result.unplaced).toEqual([]);
}, 60_000);

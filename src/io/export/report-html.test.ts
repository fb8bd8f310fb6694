import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADE_SCALE, gradeScale } from '../../domain/grade-scale.ts';
import type { PlanReport } from '../../domain/plan-report.ts';
import { escapeHtml, gradeLegend, reportHtml, reportPageTemplates } from './report-html.ts';
import { yuzawaPlan } from '../../../test/support/yuzawa-export-fixture.ts';

const OPTIONS = { generatedOn: '2026-12-01' };

/** The report with ①'s title and ②'s narrative replaced by markup a department might type. */
function hostile(report: PlanReport): PlanReport {
  return {
    ...report,
    planName: '計画 <b>&</b>',
    rows: report.rows.map((row, index) =>
      index === 0
        ? { ...row, title: '<script>alert("x")</script>' }
        : index === 1
          ? { ...row, narratives: [{ department: null, text: `<img src=x onerror='y'>\n次の行` }] }
          : row,
    ),
  };
}

describe('reportHtml', () => {
  it('prints the title, year, date, legend and one group per KPI with the header repeated', async () => {
    const { plan, report } = await yuzawaPlan();
    const html = reportHtml(report, plan.gradeScale, OPTIONS);
    expect(html).toContain('<h1>湯沢市行財政改革実施計画 令和5年度 進捗状況</h1>');
    expect(html).toContain('対象年度: 令和5年度 (R5)');
    expect(html).toContain('作成日: 2026年12月1日');
    expect(html).toContain('A: 100%以上');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html.match(/<tbody class="kpi-group">/g)).toHaveLength(20);
    // The plan tree on every KPI: policy 1 is named on each of its six KPIs.
    expect(html.match(/<td class="tree"[^>]*>1 地域経営マネジメント<\/td>/g)).toHaveLength(6);
    expect(html).toContain('<td class="num">283,179</td>');
    expect(html).toContain('100.2%');
  });

  it('prints a KPI’s published evaluation under its narrative, and none elsewhere', async () => {
    const { plan, report } = await yuzawaPlan();
    const html = reportHtml(report, plan.gradeScale, {
      ...OPTIONS,
      evaluations: [
        {
          code: '⑦',
          level: 'self',
          grade: 'B',
          meaning: 'おおむね順調',
          text: '',
          direction: null,
        },
        { code: '⑦', level: 'final', grade: '<C>', meaning: null, text: '', direction: 'review' },
      ],
    });
    const seventh = html.split('<tbody class="kpi-group">').find((g) => g.includes('⑦'))!;
    expect(seventh).toContain(
      '<div class="evaluations"><span>一次評価：B おおむね順調</span><span>最終判断：&lt;C&gt;（今後の方向性：見直し）</span></div>',
    );
    expect(html.match(/class="evaluations"/g)).toHaveLength(1);
    expect(reportHtml(report, plan.gradeScale, OPTIONS)).not.toContain('class="evaluations"');
  });

  it('escapes every text from the report', async () => {
    const { plan, report } = await yuzawaPlan();
    const html = reportHtml(hostile(report), plan.gradeScale, OPTIONS);
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&#39;y&#39;&gt;<br>次の行');
    const { headerTemplate } = reportPageTemplates(hostile(report), OPTIONS);
    expect(headerTemplate).toContain('計画 &lt;b&gt;&amp;&lt;/b&gt;');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('gives page numbers and the date in the footer', async () => {
    const { report } = await yuzawaPlan();
    const { footerTemplate } = reportPageTemplates(report, OPTIONS);
    expect(footerTemplate).toContain(
      '<span class="pageNumber"></span> / <span class="totalPages"></span>',
    );
    expect(footerTemplate).toContain('作成日 2026年12月1日');
  });
});

describe('gradeLegend', () => {
  it('states the plan’s own cuts', () => {
    expect(gradeLegend(DEFAULT_GRADE_SCALE)).toEqual([
      'A: 100%以上',
      'B: 80%以上',
      'C: 60%以上',
      'D: 60%未満',
    ]);
    expect(gradeLegend(gradeScale(['◎', '○', '×'], [120, 90]))).toEqual([
      '◎: 120%以上',
      '○: 90%以上',
      '×: 90%未満',
    ]);
  });
});

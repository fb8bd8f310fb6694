import { describe, expect, it } from 'vitest';
import { parseDescribedFigure } from '../domain/described-figure.ts';
import { convertScale } from '../domain/unit.ts';
import { fiscalYear } from '../domain/fiscal-year.ts';
import type { ImportedReport } from './imported-report.ts';
import { ImportError } from './import-problem.ts';
import { readReportFile } from './read-report-file.ts';
import { placedCells } from './report-table/table-reading.ts';
import { checkReport } from './report-check.ts';
import { fixtureBytes } from '../../test/support/test-files.ts';
import { requireComplete } from './report-table/missing-role.ts';
import { isNoneWord } from './report-table/word-targets.ts';
import { statesUnitOnly } from './report-table/unit-statement.ts';

/**
 * The development set of other cities' published tables (fixtures/other-cities/README.md).
 * What today's importer does with each is pinned here only as far as it must keep holding:
 * a table it reads accounts for every non-empty cell (in a KPI or listed unplaced), a table it
 * refuses is refused with one message naming the file, and a table it reads fully keeps its
 * printed rates reproduced. Each file's shortfalls are listed in the README, not asserted.
 */
const dir = 'other-cities';
const bytes = (name: string) => fixtureBytes(`${dir}/${name}`);
const text = (name: string) => new TextDecoder().decode(bytes(name));

/** Every KPI's content as strings: titles, codes, figures, extras, printed rate and grade. */
function kpiStrings(report: ImportedReport): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const k of report.kpis) walk([k.kpi, k.printedRateText, k.printedGrade]);
  return out;
}

// Spaces and widths aside: a unit a cell prints 「千㎡」 is the KPI's 「千m2」.
const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const numbers = (s: string) =>
  (s.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, ''));

/**
 * Non-empty cells from the first KPI row on that are neither in a KPI nor listed unplaced. A cell
 * is in a KPI when its text (spaces aside) is in one of the KPI's strings, when it is a KPI's
 * code, tags (☆) and title written together, when every number in it is one of the KPI's figures, or
 * when the figure it reads as is one (福島市 "95万9千人" is 95.9); a
 * printed difference (三田市 差b-a) is recomputed, not kept: it counts when read as one, and a
 * problem says when it disagrees; so does a row totalling the KPI rows above it with no label
 * (介護保険事業計画 表2), read as one only where its sums agree. A header or title cell counts too, and a cell placed in the plan
 * tree (大崎町 具体的な施策): a table read across (杵築市)
 * has its row labels, the header it is read by, below its first KPI row.
 */
function unaccounted(name: string, report: ImportedReport): string[] {
  const lines = text(name).split(/\r?\n/);
  const strings = kpiStrings(report);
  const joined = squeeze(strings.join('\n'));
  const labels = new Set(
    report.kpis.flatMap((k) => {
      const tagged = k.kpi.tags.join('') + k.kpi.title;
      // A code numbered again under the header printed again (呉市 ①2) was printed ①.
      const printed = k.kpi.code.replace(/^([^\d\s])\d+$/, '$1');
      return [
        squeeze(k.kpi.code + k.kpi.title),
        squeeze(printed + k.kpi.title),
        squeeze(tagged),
        squeeze(k.kpi.code + tagged),
        // A name printed with its note after ※ (合志市 「E:朝食を欠食する児童・生徒の割合 ※毎日…」).
        squeeze(`${k.kpi.title}※${k.kpi.note ?? ''}`),
        // … or with its note in brackets after it (加古川市 「基幹管路耐震適合率(※参考)」).
        squeeze(`${k.kpi.title}(※${k.kpi.note ?? ''})`),
      ];
    }),
  );
  const figures = new Set(strings.flatMap(numbers));
  const accounted = new Set([
    ...report.unplaced.map((u) => `${u.row}:${u.column}`),
    ...report.reading.notes.map((n) => `${n.row}:${n.column}`),
    ...placedCells(report.reading)
      // A unit cell read as the KPI's unit is kept in its canonical form (石巻市 「トン」: t).
      .filter((p) =>
        ['difference', 'total', 'header', 'title', 'policy', 'theme', 'unit'].includes(p.field),
      )
      .map((p) => `${p.row}:${p.column}`),
  ]);
  const placed = new Set(placedCells(report.reading).map((p) => `${p.row}:${p.column}`));
  const first = Math.min(...report.kpis.map((k) => k.row));
  const missing: string[] = [];
  lines.forEach((line, index) => {
    const row = index + 1;
    if (row < first || line.startsWith('#')) return;
    line.split('\t').forEach((raw, c) => {
      const cell = squeeze(raw);
      if (cell === '' || accounted.has(`${row}:${c + 1}`)) return;
      // A unit's own digit (能代市 "970m3", m³; 阿波市 "t-CO2") is no number of the cell, nor the
      // year a line's label names for its figure (阿波市 "・平成26年度排出量:6,678t-CO2(…)", 静岡県
      // "H26年 18,576戸").
      const counted = numbers(
        cell
          .replace(/(?<=\d)m[23]$/, 'm')
          .replace(/CO2/g, 'CO')
          .replace(/^・?(?:平成|令和|[HR])\d{1,2}年度?/, ''),
      );
      const inNumbers = counted.length > 0 && counted.every((n) => figures.has(n));
      const value = parseDescribedFigure(raw)?.parsed.figure.value;
      // A count in 万 with no unit after it (大阪府 「32万1334」) is kept in the KPI's unit: 321334.
      const unit = parseDescribedFigure(raw)?.parsed.unit;
      const inKpiUnit =
        typeof value === 'string' && unit === '万' ? convertScale(value, unit, '') : undefined;
      const asFigure =
        typeof value === 'string' && (figures.has(value) || figures.has(inKpiUnit ?? ''));
      // A record's line printed in one cell, its label before a colon (事後評価 「定 義:…」,
      // 「指標①:「名」」): what follows the label, quotes aside, is what the KPI holds.
      const said = /^[^:]{1,12}:(.+)$/.exec(cell)?.[1]?.replace(/^「(.*)」$/, '$1');
      const asSaid = said !== undefined && joined.includes(said);
      // A dash (長野県 現状 「─」: no present value), or one with the unit the figure would have had
      // (改善計画書 「- MWh」), is no figure: placed, it holds nothing to keep.
      const figure = parseDescribedFigure(raw)?.parsed.figure;
      const noFigure = figure?.value === null && /^[-‐‑–—―−ー－─]/.test(cell);
      // A cell stating the unit only (「(単位: 件 )」), read with the KPI it is of: its unit.
      const unitOnly = statesUnitOnly(cell) && placed.has(`${row}:${c + 1}`);
      // None in a word (「ゼロ」) is the figure 0, placed as it.
      const dash =
        (/^[-‐‑–—―−ー－─]+$/.test(cell) || noFigure || isNoneWord(cell)) &&
        placed.has(`${row}:${c + 1}`);
      if (!(
        joined.includes(cell) ||
        labels.has(cell) ||
        inNumbers ||
        asFigure ||
        asSaid ||
        dash ||
        unitOnly
      ))
        missing.push(`row ${row} column ${c + 1}: ${raw.trim()}`);
    });
  });
  return missing;
}

/** The problems, as kind, row and column, of the file with one cell of the table edited. */
async function problemsWhenEdited(name: string, cell: string, edited: string) {
  const changed = text(name).replace(`\t${cell}\t`, `\t${edited}\t`);
  const report = await readReportFile(name, new TextEncoder().encode(changed));
  return report.problems.map((p) => [p.kind, p.row, p.column]);
}

/**
 * Every unplaced cell and every note names a real cell of the file, with that cell's text, or
 * the part of it that was a value of its own (a pair of a chained line, 「…⇒実績値:38 ?」).
 */
function unplacedAreReal(name: string, report: ImportedReport) {
  const lines = text(name).split(/\r?\n/);
  for (const u of report.unplaced) {
    expect(u.file).toBe(name);
    const cell = lines[u.row - 1]?.split('\t')[u.column - 1]?.trim() ?? '';
    if (cell !== u.text.trim()) expect(cell.endsWith(`:${u.text.trim()}`)).toBe(true);
  }
  for (const n of report.reading.notes)
    expect(lines[n.row - 1]?.split('\t')[n.column - 1]?.trim()).toBe(n.text.trim());
}

/**
 * Every fixture, once as it is and once more with `--fy` where it names no year. `fully`: read
 * today with nothing unplaced and every printed rate reproduced, which must stay so. `year`: the
 * report year read, and the year of every actual (福知山市 `2年度実績` beside `H28~R2` is R2,
 * not H2; 富士市 `H23-27実績額` is the period's end, H27, not its start).
 */
const fixtures: readonly { file: string; fy?: number; fully?: true; year?: number }[] = [
  { file: 'kurihara-shuchukaikaku-h22.tsv', fully: true },
  { file: 'seki-gyoseikaikaku-h26.tsv', fully: true },
  { file: 'abira-sougoukeikaku-h30.tsv' },
  { file: 'fukuchiyama-gyoseikaikaku-r2.tsv', fully: true, year: 2020 },
  { file: 'sanda-gyoseikaikaku-h19.tsv', fully: true, year: 2007 },
  { file: 'sanda-gyoseikaikaku-h19.tsv', fy: 2007, fully: true },
  { file: 'sanda-gyoseikaikaku-h20.tsv', fully: true, year: 2008 },
  { file: 'sanda-gyoseikaikaku-h20.tsv', fy: 2008, fully: true },
  { file: 'fuji-sougoukeikaku-h27.tsv', fully: true, year: 2015 },
  { file: 'iwaki-gyozaiseikaikaku-h18.tsv', fully: true, year: 2006 },
  { file: 'soma-gyozaiseikaikaku-h21.tsv', fully: true },
  { file: 'kitsuki-shuchukaikaku-h18.tsv', fully: true, year: 2006 },
  { file: 'kamikawa-shuchukaikaku-h26.tsv' },
  { file: 'kamikawa-shuchukaikaku-h26.tsv', fy: 2014 },
  { file: 'kamikawa-teiin-h26.tsv', fully: true },
  { file: 'kamikawa-teiin-h26.tsv', fy: 2014, fully: true },
  { file: 'samukawa-gyoseikaikaku-h26.tsv', fully: true, year: 2014 },
  { file: 'samukawa-gyoseikaikaku-h26.tsv', fy: 2014, fully: true },
  { file: 'etajima-sougousenryaku-h27.tsv', fully: true, year: 2015 },
  { file: 'tateyama-teiin-h22.tsv' },
  { file: 'tochigi-kankyo-h17.tsv' },
  { file: 'tochigi-kankyo-h17.tsv', fy: 2005 },
  { file: 'meiwa-kankyo-h14.tsv', fully: true },
  { file: 'tottori-seisanshinko-r4.tsv' },
  { file: 'fukushima-kanko-h26.tsv', fully: true },
  { file: 'fukuoka-shougai-r5.tsv', fully: true },
  { file: 'karumai-teiin-h22.tsv', fully: true },
  { file: 'yazu-teiin-h28.tsv' },
  { file: 'mie-teiin-h23.tsv', fully: true },
  { file: 'kosaka-zaiseikenzenka-h20.tsv' },
  { file: 'toyama-ninaite-r1.tsv', fully: true },
  { file: 'noshiro-kankyo-h24.tsv' },
  { file: 'gose-sougoukeikaku-h25.tsv' },
  { file: 'osaki-sougousenryaku-h27.tsv', year: 2015 },
  { file: 'ibaraki-sougousenryaku-h29.tsv' },
  { file: 'ibaraki-sougousenryaku-h28.tsv', fully: true },
  { file: 'aomori-sanchi-h28.tsv' },
  { file: 'hyogo-shika-h25.tsv', fully: true },
  { file: 'nishio-kenshin-h17.tsv' },
  { file: 'tokyo-kaigoyobo-h27.tsv', fully: true },
  { file: 'nakagawa-kasseika-h26.tsv', fully: true, year: 2014 },
  { file: 'taku-ondanka-h22.tsv' },
  { file: 'awa-ondanka-h29.tsv' },
  { file: 'yachimata-keieisenryaku-r4.tsv', fully: true, year: 2022 },
  { file: 'suginami-kosodate-h27.tsv', fully: true, year: 2015 },
  { file: 'hakone-danjo-h25.tsv' },
  { file: 'kakogawa-kyoiku-r1.tsv' },
  { file: 'unknown-kaigohoken-h16.tsv', fully: true },
  { file: 'unknown-bousai-h27.tsv', fully: true },
  { file: 'unknown-kenkou-h25.tsv', fully: true },
  { file: 'miyoshi-kaigohoken-h24.tsv', fully: true, year: 2012 },
  { file: 'miyoshi-kaigojisseki-h24.tsv', fully: true },
  { file: 'nagano-sousei-h29.tsv' },
  { file: 'kyoto-bunka-h26.tsv' },
  { file: 'saga-bunka-h27.tsv', fully: true },
  { file: 'hatsukaichi-koukyoshisetsu-h29.tsv', fully: true, year: 2017 },
  { file: 'unknown-sports-h27.tsv', fully: true },
  { file: 'shizukuishi-gyoseikaikaku-r6.tsv' },
  { file: 'nagasaki-kanko-h27.tsv', fully: true },
  { file: 'oguni-byoin-h23.tsv' },
  { file: 'kure-byoin-h25.tsv' },
  { file: 'fukui-suido-h25.tsv', fully: true, year: 2013 },
  { file: 'nagasaki-kyoiku-h27.tsv' },
  { file: 'nisshin-shokuiku-h25.tsv', fully: true },
  { file: 'minakami-chiikifukushi-h27.tsv' },
  { file: 'unknown-nogyo-h27.tsv' },
  { file: 'shiga-kanbatsu-h19.tsv', fully: true },
  { file: 'yamanashi-shinrin-h25.tsv' },
  { file: 'chiba-kyoujinka-h29.tsv' },
  { file: 'sumita-seikatsuhaisui-h27.tsv' },
  { file: 'unknown-gomi-h27.tsv', fully: true },
  { file: 'unknown-gomi-r2.tsv', fully: true, year: 2019 },
  { file: 'mie-seikatsuhaisui-h14.tsv' },
  { file: 'oyabe-sougoukeikaku-h15.tsv', fully: true },
  { file: 'matsudo-sougousenryaku-h30.tsv', fully: true },
  { file: 'unknown-sougousenryaku-h30.tsv', fully: true },
  { file: 'chofu-shougai-h29.tsv' },
  { file: 'joso-danjo-r5.tsv' },
  { file: 'tokyo-suido-h18.tsv', fully: true },
  { file: 'tokyo-suido-h16.tsv', fully: true },
  { file: 'daigo-kyoiku-h26.tsv', fully: true, year: 2014 },
  { file: 'okayama-kankyo-h23.tsv', fully: true },
  { file: 'sagachubu-kaigo-r4.tsv', fully: true, year: 2022 },
  { file: 'koshi-kyoiku-h21.tsv', fully: true },
  { file: 'tsuno-zaiseikenzenka-h21.tsv', fully: true },
  { file: 'kijimadaira-zaiseikenzenka-h21.tsv' },
  { file: 'kikai-teiin-h21.tsv' },
  { file: 'gunma-kanko-h29.tsv', fully: true, year: 2017 },
  { file: 'ichikawa-ondanka-h23.tsv' },
  { file: 'gyokuto-sousei-h27.tsv' },
  { file: 'kuwana-koukyoshisetsu-r3.tsv', fully: true, year: 2021 },
  { file: 'komoro-kenkou-h25.tsv', fully: true, year: 2013 },
  { file: 'mizunami-shisakuhyoka-h30.tsv', fully: true },
  { file: 'iida-shisakuhyoka-h27.tsv', fully: true },
  { file: 'hiroshima-sports-h27.tsv' },
  { file: 'ogaki-sangyo-h25.tsv' },
  { file: 'arao-gyoseikaikaku-h21.tsv' },
  { file: 'anjo-sougoukeikaku-h27.tsv', fully: true },
  { file: 'assabu-ondanka-h25.tsv' },
  { file: 'nakano-ondanka-h24.tsv', fully: true },
  { file: 'gunma-shinrin-r1.tsv', fully: true, year: 2019 },
  { file: 'gunma-shinrin-r1.tsv', fy: 2019, fully: true },
  { file: 'toba-suido-r1.tsv', fully: true },
  { file: 'okayama-nogyo-h27.tsv', fully: true },
  { file: 'kakogawa-suido-r2.tsv', fully: true },
  { file: 'sakuragawa-kanko-h25.tsv', fully: true },
  { file: 'fukagawa-ondanka-h24.tsv' },
  { file: 'sapporo-shougai-h25.tsv', fully: true },
  { file: 'agano-jisatsu-r3.tsv' },
  { file: 'takasaki-danjo-r4.tsv', fully: true },
  { file: 'shibukawa-tokuteikenshin-h24.tsv' },
  { file: 'unknown-kaigokeikaku-h26.tsv', fully: true },
  { file: 'okayamashi-danjo-h17.tsv' },
  { file: 'tottori-shuro-h25.tsv', fully: true },
  { file: 'sayama-hoiku-h29.tsv', fully: true },
  { file: 'hachinohe-hoiku-h13.tsv', fully: true },
  { file: 'unknown-kyoiku-h27.tsv' },
  { file: 'ibaraki-sougousenryaku-h26.tsv', fully: true, year: 2014 },
  { file: 'chiba-sousei-r4.tsv' },
  { file: 'ube-koutsu-h26.tsv' },
  { file: 'urakawa-sougousenryaku-h27.tsv' },
  { file: 'miyagi-teiin-h22.tsv', fully: true, year: 2010 },
  { file: 'gunma-danjo-r2.tsv', fully: true },
  { file: 'shiga-danjo-r3.tsv', fully: true },
  { file: 'mie-danjo-h30.tsv', fully: true },
  { file: 'hidaka-byoin-h23.tsv' },
  { file: 'chiba-sougoukeikaku-h28.tsv', fully: true },
  { file: 'kasai-shuchukaikaku-h17.tsv' },
  { file: 'wakasa-teiin-h18.tsv' },
  { file: 'itami-sports-h24.tsv' },
  { file: 'unknown-kigyoyuchi-h25.tsv', fully: true },
  { file: 'kakogawa-shobo-r2.tsv', fully: true },
  { file: 'oguchi-kokyokotsu-h29.tsv' },
  { file: 'bizen-chiikijutaku-h27.tsv' },
  { file: 'okayama-chiikijutaku-h27.tsv', fully: true, year: 2015 },
  { file: 'ito-chiikijutaku-h27.tsv', fully: true },
  { file: 'kakogawa-kosodate-r1.tsv', fully: true },
  { file: 'matsudo-chiikijutaku-h27.tsv', fully: true, year: 2015 },
  { file: 'imari-toshokan-h18.tsv' },
  { file: 'tsukuba-toshokan-h27.tsv' },
  { file: 'unknown-shogaigakushu-h27.tsv', fully: true },
  { file: 'unknown-kenkouzukuri-h27.tsv' },
  { file: 'komoro-shogaigakushu-h25.tsv' },
  { file: 'nagano-sougoukeikaku-r5.tsv' },
  { file: 'chiba-sougoukeikaku-r4.tsv', fully: true },
  { file: 'shizuoka-sougoukeikaku-h28.tsv', fully: true },
  { file: 'niseko-sougousenryaku-h27.tsv' },
  { file: 'tsuruoka-koutsuanzen-h27.tsv', fully: true },
  { file: 'amagasaki-koutsuanzen-h27.tsv', fully: true },
  { file: 'tottori-keieikakushin-h26.tsv', fully: true },
  { file: 'mie-johoka-h15.tsv', fully: true },
  { file: 'sado-nougyou-h20.tsv', fully: true },
  { file: 'minakami-kanko-h27.tsv' },
  { file: 'hanamaki-kanko-h27.tsv' },
  { file: 'kanuma-nougyou-h22.tsv' },
  { file: 'izumo-sougousenryaku-h28.tsv' },
  { file: 'ishinomaki-sougousenryaku-h29.tsv' },
  { file: 'aya-sougousenryaku-h28.tsv' },
  { file: 'unknown-jugai-h27.tsv', fully: true },
  { file: 'tottori-choju-r2.tsv', fully: true, year: 2019 },
  { file: 'tottori-suisan-h27.tsv', fully: true, year: 2015 },
  { file: 'kochi-suisan-h28.tsv' },
  { file: 'sakata-keieitai-h26.tsv', fully: true },
  { file: 'ishinomaki-senkougata-h27.tsv' },
  { file: 'yakage-chiikisaisei-h26.tsv' },
  { file: 'nogi-chiikisaisei-h22.tsv', fully: true },
  { file: 'sakai-senkougata-h27.tsv' },
  { file: 'iruma-hakubutsukan-h25.tsv' },
  { file: 'unknown-idokyoshitsu-h16.tsv' },
  { file: 'shinjo-toshokan-h28.tsv', fully: true },
  { file: 'shinjo-kominkan-h28.tsv' },
  { file: 'saga-sports-h27.tsv' },
  { file: 'shinjo-kaigoyobo-h27.tsv', fully: true },
  { file: 'konan-kosodate-h28.tsv', fully: true },
  { file: 'kakogawa-ninchisho-h30.tsv' },
  { file: 'unknown-junkan-h24.tsv' },
  { file: 'unknown-junkan-h24.tsv', fy: 2012 },
  { file: 'oyama-gesuido-h27.tsv', fully: true },
  { file: 'seika-shobo-h22.tsv', fully: true },
  { file: 'musashino-bousai-h27.tsv', fully: true },
  { file: 'unknown-gomishigen-h29.tsv', fully: true },
  // Round ae: 消費者教育, 生物多様性地域戦略.
  { file: 'tottori-shohisha-h26.tsv', fully: true, year: 2014 },
  { file: 'tochigi-seibutsutayousei-h27.tsv' },
  // Round ae: 人権, 子ども読書.
  { file: 'komoro-jinken-h25.tsv', fully: true, year: 2013 },
  { file: 'tottori-dokusho-h26.tsv', fully: true },
  { file: 'tottori-toshokan-h27.tsv', fully: true },
  // Round ae: 多文化共生.
  { file: 'tsukuba-kokusaika-h27.tsv' },
  { file: 'oguchi-tokuteikenshin-r1.tsv', fully: true },
  { file: 'unknown-juseikatsu-h27.tsv' },
  { file: 'unknown-akiya-h28.tsv', fully: true },
  { file: 'saga-jutaku-h27.tsv', fully: true },
  { file: 'komoro-koutsu-h25.tsv', fully: true },
  // Round af: 特定事業主行動計画 (次世代育成支援, 女性活躍推進法).
  { file: 'tagajo-tokuteijigyonushi-r5.tsv', fully: true },
  { file: 'wakayamashi-joseikatsuyaku-h29.tsv', fully: true },
  { file: 'tokushimashi-joseikatsuyaku-h29.tsv' },
  { file: 'sagashi-joseikatsuyaku-h29.tsv' },
  { file: 'yamagatashi-joseikatsuyaku-h29.tsv', year: 2017 },
  // Round af: 総合戦略 数値目標評価シート.
  { file: 'uda-sougousenryaku-h29.tsv', fully: true },
  // Round ag: 総合計画 施策評価, 行政改革 取組結果, 行財政改革 進捗状況.
  { file: 'kama-sougoukeikaku-h27.tsv', fully: true, year: 2015 },
  { file: 'otaki-gyoseikaikaku-h20.tsv' },
  { file: 'kizugawa-gyozaiseikaikaku-r1.tsv' },
  { file: 'tawaramoto-shuchukaikaku-h20.tsv' },
  { file: 'tawaramoto-shuchukaikaku-h20.tsv', fy: 2008 },
  { file: 'kumano-sougoukeikaku-h19.tsv' },
  // Round ak: tables printing rates (地域福祉, 介護保険事業支援計画, 障害福祉 ×2).
  { file: 'sagamihara-chiikifukushi-h26.tsv', fully: true, year: 2014 },
  { file: 'osaka-koreisha-h19.tsv', fully: true },
  { file: 'nagasaki-shougai-h27.tsv', fully: true },
  { file: 'toshima-shougai-h28.tsv' },
  // Round am: plan against actual in 公営企業 and budget tables (予定との対比, 支出割合, 執行率).
  { file: 'gotsu-suido-h20.tsv', fully: true },
  { file: 'toda-zaisei-h28.tsv', year: 2016 },
  { file: 'toda-zaisei-h28.tsv', fy: 2016, year: 2016 },
  { file: 'toda-jougesuido-r2.tsv' },
  // Round aq (issue 24, read at first sight): shares of a count (審議会の女性委員, 特定健診の受診率),
  // rates by formula letters, a budget's change rates, road and sewer statistics.
  { file: 'hamura-danjo-r4.tsv', fully: true },
  { file: 'yasu-danjo-h26.tsv', fully: true },
  { file: 'miyashiro-gesuido-r5.tsv' },
  { file: 'hokkaido-tokuteikenshin-h22.tsv', fully: true },
  { file: 'kakegawa-tokuteikenshin-h28.tsv' },
  { file: 'kakamigahara-sougoukeikaku-h30.tsv' },
  { file: 'noboribetsu-shido-r5.tsv' },
  { file: 'hamamatsu-yosan-h28.tsv' },
  { file: 'chikushinakagawa-danjo-h27.tsv', fully: true },
  { file: 'tsunocho-tokuteikenshin-h26.tsv' },
  // Round at (issue 24, read at first sight): rates on a base the table prints (what was due, last
  // year, those who can connect), workbooks shown as text with unrounded rates.
  { file: 'takizawa-suido-h18.tsv' },
  { file: 'unknown-kessan-h27.tsv' },
  { file: 'sai-choshu-h15.tsv' },
  { file: 'shariki-choshu-h14.tsv' },
  { file: 'naganoshi-kessan-h15.tsv' },
  { file: 'tokushima-kenzei-r3.tsv' },
  { file: 'unknown-suisenka-r5.tsv', fully: true },
];

const options = (fy?: number) => (fy === undefined ? {} : { fiscalYear: fiscalYear(fy) });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('other cities, the development set: read with every cell accounted for, or refused naming the file', () => {
  for (const t of fixtures) {
    it(`${t.file}${t.fy ? ` with fy ${t.fy}` : ''}`, async () => {
      let report: ImportedReport;
      try {
        report = requireComplete(await readReportFile(t.file, bytes(t.file), options(t.fy)));
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        expect((error as Error).message).toMatch(new RegExp(`^${escape(t.file)}, row \\d+: \\S`));
        expect(t.fully).toBeUndefined();
        return;
      }
      expect(report.kpis.length).toBeGreaterThan(0);
      if (t.year !== undefined) {
        expect(report.fiscalYear).toBe(t.year);
        const years = report.kpis.flatMap((k) => k.kpi.actuals.map((a) => a.fiscalYear));
        expect(new Set(years)).toEqual(new Set([t.year]));
      }
      unplacedAreReal(t.file, report);
      expect(unaccounted(t.file, report)).toEqual([]);
      const summary = checkReport(report).summary;
      expect(summary.kpis).toBe(report.kpis.length);
      expect(summary.matched).toBeLessThanOrEqual(summary.printed);
      if (t.fully) {
        expect(report.unplaced).toEqual([]);
        expect(report.problems).toEqual([]);
        expect(summary.matched).toBe(summary.printed);
      }
    });
  }
});

describe('other cities, the development set: the fixtures themselves', () => {
  it('are all listed here, each with its source address and our checks', () => {
    for (const t of fixtures) {
      expect(text(t.file)).toMatch(/^# source: https?:\/\/\S+/);
      expect(text(t.file)).toMatch(/^# checks: /m);
    }
    expect(new Set(fixtures.map((t) => t.file)).size).toBe(219);
  });

  it.each([
    ['sanda-gyoseikaikaku-h20.tsv', 2008, ['115.4%', '94.3%', '89.4%', '104.4%']],
    ['sanda-gyoseikaikaku-h19.tsv', 2007, ['117.7%', '91.4%', '112.5%', '100.4%']],
  ])(
    '三田市 %s: 計画額a the target, the actual b, b/a*100 reproduced, 差b-a checked, 百万円, the year from the file name',
    async (name, year, rates) => {
      const report = await readReportFile(name, bytes(name));
      const result = checkReport(report);
      expect(result.summary).toEqual({ kpis: 4, printed: 4, matched: 4 });
      expect(result.kpis.map((k) => k.computed)).toEqual(rates);
      expect(report.reading.fiscalYear).toMatchObject({ year, source: 'inferred' });
      expect(report.reading.fiscalYear?.because).toContain(name);
      expect(report.kpis.map((k) => k.kpi.unit)).toEqual(['百万円', '百万円', '百万円', '百万円']);
      expect(report.reading.rows.find((r) => r.kpi === '合計')?.kind).toBe('grand-total');
      expect(report.reading.columns.map((c) => c.role)).toEqual([
        'kpi',
        'target',
        'actual',
        'difference',
        'rate',
      ]);
    },
  );

  it('富士市: a KPI per 章 × 会計 row, 計 and the 合計 group as totals checked against their rows, the rate on the amounts', async () => {
    const name = 'fuji-sougoukeikaku-h27.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(checkReport(report).summary).toEqual({ kpis: 23, printed: 23, matched: 23 });
    const kinds = report.reading.rows.filter((r) => r.row >= 13).map((r) => r.kind);
    expect(kinds.filter((k) => k === 'kpi')).toHaveLength(11);
    expect(kinds.filter((k) => k === 'subtotal')).toHaveLength(7);
    expect(kinds.filter((k) => k === 'grand-total')).toHaveLength(5);
    expect(report.plan.policies.map((p) => p.name)).toEqual([
      '第1章 安全・安心',
      '第2章 健康・福祉',
      '第3章 産業',
      '第4章 環境',
      '第5章 教育・文化',
      '第6章 都市基盤',
      '第7章 都市経営',
      '合計',
    ]);
    const kpi = report.kpis.find((k) => k.kpi.code === '3')?.kpi;
    expect(kpi).toMatchObject({ title: '企業', unit: '千円', target: { value: '1895000' } });
    expect(kpi?.extras).toEqual([
      { label: '前期実施計画 事業数', text: '1' },
      { label: 'H23-27実績額 (B) 事業数', text: '1' },
    ]);
    const edited = text(name)
      .replace('\t計\t127\t33,326,384\t113', '\t計\t127\t33,326,384\t114')
      .replace('合計\t一般\t240\t70,094,971', '合計\t一般\t240\t70,094,972');
    const wrong = await readReportFile(name, new TextEncoder().encode(edited));
    expect(wrong.problems.map((p) => [p.kind, p.row, p.column])).toEqual([
      ['total', 28, 5],
      ['total', 31, 4],
    ]);
  });

  it('福知山市: figures with a description and a unit in the cell, 進捗率 = 累計 ÷ 目標値', async () => {
    const name = 'fukuchiyama-gyoseikaikaku-r2.tsv';
    const report = await readReportFile(name, bytes(name));
    const result = checkReport(report);
    expect(result.kpis.map((k) => [k.computed, k.match, k.basis])).toEqual([
      ['137.5%', true, 'cumulative'],
      ['54.5%', true, 'cumulative'],
      ['206.7%', true, 'cumulative'],
    ]);
    const kpis = report.kpis.map((k) => k.kpi);
    expect(kpis.map((k) => [k.unit, k.target?.value])).toEqual([
      ['百万円', '3297'],
      ['m²', '45298'],
      ['人', '15'],
    ]);
    expect(kpis[1]?.note).toBe(
      '目標値: 延床面積 45,298平方メートル / 累計 (H28~R2年度): 24,672平方メートル(※)',
    );
    expect(kpis[2]?.note).toBe('目標値: 一般職員数 15人削減');
  });

  it('三田市: a 差 that is not the actual less the plan is a problem at its cell', async () => {
    const name = 'sanda-gyoseikaikaku-h19.tsv';
    const edited = text(name).replace('\t13\t', '\t14\t');
    const report = await readReportFile(name, new TextEncoder().encode(edited));
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'difference', row: 11, column: 4 }),
    ]);
  });

  it('杵築市: プラン, 達成額 and 上積み額 as rows, read across: a KPI per amount, 改善額合計 their total, 千円 from the line below', async () => {
    const name = 'kitsuki-shuchukaikaku-h18.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 0, matched: 0 });
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.target?.value, k.kpi.unit])).toEqual([
      ['歳出削減額', '555422', '千円'],
      ['歳入確保額', '9622', '千円'],
      ['改善額合計', '565044', '千円'],
    ]);
    expect(report.kpis[1]?.kpi.actuals[0]?.figure.value).toBe('-19761');
    expect(report.reading.rows.find((r) => r.row === 11)?.fields).toEqual([
      'header',
      'difference',
      'difference',
      'difference',
    ]);
    expect(await problemsWhenEdited(name, '86,369', '86,370')).toEqual([['difference', 11, 2]]);
  });

  it('いわき市: one KPI, years as columns read as its rows, 40.6% = 2,085/5,140 and 219.5% = 2,085/950 reproduced', async () => {
    const name = 'iwaki-gyozaiseikaikaku-h18.tsv';
    const report = await readReportFile(name, bytes(name));
    const result = checkReport(report);
    expect(result.summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
    expect(result.kpis[0]).toMatchObject({ printed: '40.6%', computed: '40.6%' });
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.title).toBe('【目標指標1】改革の効果額(累計額)150億円を目指す。');
    expect(kpi?.target?.value).toBe('5140');
    expect(kpi?.milestones.map((m) => [m.figure.value, m.figure.secondary])).toEqual([
      ['950', '9500'],
      ['1030', '2930'],
      ['1200', '6110'],
      ['840', '10130'],
      ['1120', '15270'],
    ]);
    expect(kpi?.note).toBe('計画額 (累計額) ?: 5,140 (15,270)');
    expect(report.reading.fiscalYear).toMatchObject({ year: 2006, source: 'inferred' });
    expect(await problemsWhenEdited(name, '219.5%', '219.4%')).toEqual([['rate', 12, 2]]);
  });

  it('神川町 取組事項: years as rows, the rate on the total by its formula line; ② and ③ unreadable, so 61.11% is not checked', async () => {
    const name = 'kamikawa-shuchukaikaku-h26.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(checkReport(report).summary).toEqual({ kpis: 1, printed: 1, matched: 0 });
    expect(report.kpis[0]?.kpi.target?.value).toBe('36');
    expect(report.kpis[0]?.printedRate?.text).toBe('61.11%');
    expect(new Set(report.problems.map((p) => [p.kind, p.column].join()))).toEqual(
      new Set(['unreadable,4', 'unreadable,5']),
    );
    expect(report.problems).toHaveLength(12);
    expect(report.unplaced.every((u) => u.text === '?')).toBe(true);
  });

  it('江田島市: grades only, 達成度 A/B kept as the printed grade and 改善・悪化 ○ beside it, units from the KPI names, 延べ read', async () => {
    const name = 'etajima-sougousenryaku-h27.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 0, matched: 0 });
    expect(report.kpis.map((k) => k.printedGrade)).toEqual(['A', 'A', 'B']);
    expect(report.kpis.map((k) => k.kpi.extras.map((e) => e.text))).toEqual([['○'], ['○'], ['○']]);
    expect(report.kpis.map((k) => k.kpi.unit)).toEqual(['千円', '人', 'ha']);
    const [, second] = report.kpis.map((k) => k.kpi);
    expect([
      second?.baseline?.value,
      second?.actuals[0]?.figure.value,
      second?.target?.value,
    ]).toEqual(['2', '4', '5']);
    expect(second?.note).toBe('現状値 (H26): 延べ 2 / H27 実績: 延べ 4 / 目標値 (H31): 延べ 5');
    expect(report.kpis[0]?.kpi.direction).toBe('decrease');
  });

  it('神川町 定員管理: one KPI, a staff count per year as of 4月1日 down the rows, 146 名 a level to bring down', async () => {
    const name = 'kamikawa-teiin-h26.tsv';
    const report = await readReportFile(name, bytes(name));
    const kpi = report.kpis[0]?.kpi;
    expect(report.kpis).toHaveLength(1);
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2014, '144'],
      [2013, '144'],
      [2012, '149'],
      [2011, '147'],
      [2010, '151'],
      [2009, '158'],
    ]);
    expect(kpi).toMatchObject({ title: '定員管理', unit: '名', direction: 'decrease' });
    expect(kpi?.target?.value).toBe('146');
    expect(checkReport(report).kpis[0]).toMatchObject({ printed: null, computed: '101%' });
  });

  it('寒川町: two sentences holding target and actual, 80% and 126.6% reproduced', async () => {
    const name = 'samukawa-gyoseikaikaku-h26.tsv';
    const result = checkReport(await readReportFile(name, bytes(name)));
    expect(result.summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(result.kpis.map((k) => k.printed)).toEqual(['80%', '126.6%']);
  });

  it('栗原市 stays read fully: 8 KPIs, 8 printed rates, 8 reproduced', async () => {
    const name = 'kurihara-shuchukaikaku-h22.tsv';
    const result = checkReport(await readReportFile(name, bytes(name)));
    expect(result.summary).toEqual({ kpis: 8, printed: 8, matched: 8 });
  });

  it('立山町 定員適正化: years as columns read as six series, 職員数 267 人 in 平成22年, the plan not yet paired with it (issue 24 dev set)', async () => {
    const name = 'tateyama-teiin-h22.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.unit])).toEqual([
      ['目標数', '人'],
      ['増減数', '人'],
      ['増減率', '%'],
      ['職員数', '人'],
      ['増減数', '人'],
      ['増減率', '%'],
    ]);
    expect(report.reading.fiscalYear).toMatchObject({ year: 2010, source: 'inferred', column: 8 });
    const staff = report.kpis[3]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value]);
    expect(staff?.at(0)).toEqual([2004, '309']);
    expect(staff?.at(-1)).toEqual([2010, '267']);
    expect(report.kpis[5]?.kpi.actuals.at(-1)?.figure.value).toBe('-13.6');
    expect(report.unplaced.map((u) => [u.row, u.column, u.text])).toEqual([[12, 2, '(基準)']]);
    expect(checkReport(report).summary).toEqual({ kpis: 6, printed: 0, matched: 0 });
  });

  it('栃木県 環境基本計画: grades ◎ ○ kept, 現況値 beside 設定時の値 read as the actuals (the present state reached), so read, not refused (issue 24 dev set)', async () => {
    const name = 'tochigi-kankyo-h17.tsv';
    const report = requireComplete(await readReportFile(name, bytes(name), options(2005)));
    expect(report.kpis.map((k) => k.printedGrade)).toEqual(['◎', '◎', null, null, '○']);
    expect(report.kpis.map((k) => k.kpi.target?.value ?? null)).toEqual([
      '95.0',
      '100',
      '0',
      null,
      '85.0',
    ]);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'baseline',
      'actual',
      'target',
      'rate',
      'narrative',
    ]);
    expect(report.reading.columns[2]?.because).toContain('beside the baseline');
    // 「93.8 (H16)」 the baseline of H16, 「100 (H17)」 the actual of H17.
    expect(report.kpis[0]?.kpi.baseline).toEqual({ value: '93.8', fiscalYear: 2004 });
    expect(report.kpis[0]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2005, '100'],
    ]);
    expect(report.problems).toEqual([]);
  });

  it('明和町 環境基本計画: the plan’s own indicators, 現況 the baseline and a bounded target, no actual yet: read as a plan’s table, units spelled out (issue 24 dev set)', async () => {
    const name = 'meiwa-kankyo-h14.tsv';
    const report = requireComplete(await readReportFile(name, bytes(name)));
    expect(report.kpis).toHaveLength(10);
    expect(report.kpis.slice(0, 2).map((k) => k.kpi.target)).toEqual([
      { kind: 'at-most', value: '170.0', fiscalYear: 2013 },
      { kind: 'at-least', value: '41', fiscalYear: 2013 },
    ]);
    // 現況 2002年 (平成14年度末) is the baseline, of H14.
    expect(report.reading.columns.map((c) => c.role)).toEqual(['kpi', 'baseline', 'target']);
    expect(report.kpis[0]?.kpi.baseline).toEqual({ value: '174.38', fiscalYear: 2002 });
    // Brought to 0件 from 21 and 71: decreases, with the three 以下 ceilings.
    expect(report.kpis.map((k) => k.kpi.direction).filter((d) => d === 'decrease')).toHaveLength(5);
    expect(report.kpis.flatMap((k) => k.kpi.actuals)).toEqual([]);
    expect(report.reading.planTable).toMatch(/^a plan's indicators with no year measured yet/);
    // Units written out: キログラム/年 is kg/年, キロワット kW; 基 and 戸 counters.
    expect(report.kpis.map((k) => k.kpi.unit)).toEqual([
      'kg/年',
      '%',
      '基',
      'kg/年',
      '件',
      '件',
      '戸',
      'kW',
      'kg',
      '%',
    ]);
    expect(report.problems).toEqual([]);
  });

  it('鳥取県 工程表: one block per indicator under the same header printed again, its lines 数値 and 時点 alike in every block: each block one KPI named by its heading (issue 24 dev set)', async () => {
    const name = 'tottori-seisanshinko-r4.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'baseline',
      'baseline',
      'target',
      'actual',
      'target',
      'other',
      'other',
      'other',
      'other',
      'other',
    ]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['指標1', '指標2']);
    expect(report.kpis[0]?.kpi).toMatchObject({ unit: 'ha', target: { value: '3000' } });
    // Two baseline columns: the first (基準値 366) is the baseline, the second kept as printed.
    expect(report.kpis[0]?.kpi.baseline?.value).toBe('366');
    expect(report.kpis[0]?.kpi.extras).toContainEqual({ label: '数値 年度当初値', text: '1,256' });
    // The 時点 line prints the years of the figures above it (kept beside them as printed too).
    expect(report.kpis[0]?.kpi.extras).toContainEqual({ label: '時点 基準値', text: 'R元' });
    expect(report.kpis[0]?.kpi.baseline).toEqual({ value: '366', fiscalYear: 2019 });
    expect(report.kpis[0]?.kpi.target).toMatchObject({ value: '3000', fiscalYear: 2025 });
    expect(report.kpis[1]?.kpi.baseline).toEqual({ value: '65500', fiscalYear: 2020 });
    // The second block's header, printed again, is read as the header; its lines as its KPI's.
    expect(report.reading.rows.filter((r) => r.kind === 'header').map((r) => r.row)).toEqual([
      8, 12,
    ]);
    // The range target is its low end of R4, the range kept in the note as printed.
    expect(report.unplaced).toEqual([]);
    expect(report.kpis[1]?.kpi.target).toEqual({ kind: 'value', value: '60312', fiscalYear: 2022 });
    expect(report.kpis[1]?.kpi.note).toContain('60,312t〜63,173t');
  });

  it('福島市 観光振興計画: a header per indicator printed again, one KPI per block, 万 figures (95万9千人 as 95.9 万人), the repeated headers read as the header, a plan’s table (issue 24 dev set)', async () => {
    const name = 'fukushima-kanko-h26.tsv';
    const report = await readReportFile(name, bytes(name));
    const first = report.kpis[0]?.kpi;
    expect(first).toMatchObject({ title: '観光客入込数(年間)', unit: '万人' });
    expect([first?.baseline, first?.target]).toEqual([
      { value: '635', fiscalYear: 2014 },
      { kind: 'value', value: '670', fiscalYear: 2020 },
    ]);
    // One KPI per block, the header printed again over each read as the header, the number
    // and name lines above it title lines.
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '観光客入込数(年間)',
      '花をテーマにした観光客誘致(年間)',
      '市内温泉地宿泊客数 (年間)',
    ]);
    expect(report.reading.rows.filter((r) => r.kind === 'title').map((r) => r.row)).toEqual([
      7, 8, 11, 12, 15, 16,
    ]);
    expect(report.reading.rows.filter((r) => r.kind === 'header').map((r) => r.row)).toEqual([
      9, 13, 17,
    ]);
    // 「95万9千人」 is 95.9 万人, the baseline of 市内温泉地宿泊客数.
    expect(report.kpis.at(-1)?.kpi).toMatchObject({
      unit: '万人',
      baseline: { value: '95.9', fiscalYear: 2014 },
    });
    expect(report.unplaced).toEqual([]);
    // No actual and nothing measuring one: the plan's own table, imported with no year's figures.
    expect(report.reading.planTable).toMatch(/^a plan's indicators with no year measured yet/);
    expect(requireComplete(report).problems).toEqual([]);
  });

  it('福岡市 障がい福祉計画: the actuals of R3–R5 read, the target 77人 printed above the table given to the KPI its line names by its mark <1>, none to <2> (数値目標は設定しない) (issue 24 dev set)', async () => {
    const name = 'fukuoka-shougai-r5.tsv';
    const report = requireComplete(await readReportFile(name, bytes(name)));
    expect(report.reading.fiscalYear).toMatchObject({ year: 2023, source: 'inferred', column: 4 });
    expect(report.kpis.map((k) => k.kpi.actuals.map((a) => a.figure.value))).toEqual([
      ['19', '41', '70'],
      ['26', '41', '32'],
    ]);
    expect(report.kpis.map((k) => k.kpi.target)).toEqual([
      { kind: 'value', value: '77', fiscalYear: null },
      null,
    ]);
    expect(report.reading.rows.filter((r) => r.kind === 'title').map((r) => r.row)).toEqual([
      7, 8, 9, 10,
    ]);
  });

  it('軽米町 定員管理: two spans of years side by side, each with its 純減 and 純 減 率: a KPI per department and span, all 16 cuts over the span’s first year reproduced (issue 24 dev set)', async () => {
    const name = 'karumai-teiin-h22.tsv';
    const report = requireComplete(await readReportFile(name, bytes(name)));
    expect(report.reading.fiscalYear).toMatchObject({ year: 2010, column: 15 });
    expect(report.kpis).toHaveLength(16);
    const [general, later] = report.kpis.map((k) => k.kpi);
    expect(general).toMatchObject({ title: '一般行政部門', unit: '人' });
    expect(general?.baseline).toEqual({ value: '163', fiscalYear: 1999 });
    expect(general?.actuals.at(-1)).toMatchObject({ fiscalYear: 2004, figure: { value: '128' } });
    expect(later).toMatchObject({ title: '一般行政部門（H17-H22）', baseline: { value: '122' } });
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      ...Array<string>(6).fill('actual'),
      'difference',
      'rate',
      ...Array<string>(6).fill('actual'),
      'difference',
      'rate',
    ]);
    const result = checkReport(report);
    expect(result.summary).toEqual({ kpis: 16, printed: 16, matched: 16 });
    // Every rate a cut over its base: each KPI a figure to bring down (0.0% included, no cut).
    expect(new Set(result.kpis.map((k) => [k.direction, k.formula].join()))).toEqual(
      new Set(['decrease,reduction']),
    );
    // 公営企業部門 rose 17 → 35: (17 − 35) ÷ 17 = −105.9%.
    expect(result.kpis.find((k) => k.code === '4')).toMatchObject({ computed: '-105.9%' });
    // 合計 is checked against the departments, the うち breakdowns counted in them left out.
    expect(report.reading.rows.find((r) => r.row === 17)?.kind).toBe('grand-total');
    expect(await problemsWhenEdited(name, '213', '214')).toEqual([
      ['total', 17, 2],
      ['difference', 17, 8],
    ]);
    // 純減実績 35 is checked as the cut 163 − 128.
    expect(await problemsWhenEdited(name, '35', '36')).toEqual([['difference', 10, 8]]);
  });

  it('八頭町 定員適正化計画: a plan with no actual stays refused, its 削減率(累計) read as printed rates, not as cumulative actuals (issue 24 dev set)', async () => {
    const name = 'yazu-teiin-h28.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(() => requireComplete(report)).toThrow(
      /^yazu-teiin-h28\.tsv, row 6: no column of actual/,
    );
    const rates = report.reading.columns.filter((c) => c.role === 'rate');
    expect(rates.map((c) => c.label)).toHaveLength(6);
    expect(report.reading.columns.some((c) => c.role === 'cumulative')).toBe(false);
    expect(report.kpis[0]?.printedRateText).toBe('▲5.56%');
    // The ※ note under the table names H27 for what it explains: no report year of it.
    expect(report.reading.fiscalYear).toMatchObject({ year: 2016, source: 'inferred' });
  });

  it('小坂町 財政健全化計画: one KPI per block, each under its heading and year header, its 乖離率 the gap to the plan (A − B) ÷ A (issue 24 dev set)', async () => {
    const name = 'kosaka-zaiseikenzenka-h20.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(
      report.kpis.map((k) => [
        k.kpi.code,
        k.kpi.title,
        k.kpi.unit,
        k.kpi.formula,
        k.kpi.target?.value,
      ]),
    ).toEqual([
      ['1', '地方債現在高(借金がどれだけあるか) (単位:百万円)', '百万円', 'gap', '4085'],
      ['2', '実質公債費比率(借金の割合はどれだけか) (単位:%)', '%', 'gap', '16.5'],
      ['3', '職員数', '', 'gap', '63'],
    ]);
    // 職員数 H19–H23: the plan A each year's milestone (H23's the target), the result B its actual.
    expect(report.kpis[2]?.kpi.actuals.map((a) => a.figure.value)).toEqual([
      '72',
      '72',
      '71',
      '70',
      '66',
    ]);
    // The KPIs' own rates are H23's: 2 printed (block 1's is "?"), both reproduced; every
    // readable year's 乖離率 checked too (a `rate` problem would say where one disagrees).
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 2, matched: 2 });
    expect(report.problems.map((p) => p.kind)).toEqual(['unreadable', 'unreadable', 'unreadable']);
    expect(report.unplaced.map((u) => [u.row, u.column, u.text])).toEqual([
      [13, 6, '?'],
      [18, 4, '?'],
      [19, 4, '?'],
    ]);
    expect(report.reading.rows.filter((r) => r.kind === 'header').map((r) => r.row)).toEqual([
      9, 15, 21,
    ]);
    expect(await problemsWhenEdited(name, '-1.4%', '-1.5%')).toContainEqual(['rate', 25, 3]);
  });

  it('三重県 定員管理調査: the 増減率 read as changes against H22.4.1 (5 of 5 reproduced), last year’s change in brackets kept, 小計 and 計 totals checked, the ※ note no KPI (issue 24 dev set)', async () => {
    const name = 'mie-teiin-h23.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.reading.fiscalYear).toMatchObject({ year: 2011, source: 'inferred', column: 3 });
    // The H22 count is the base the printed rates are reckoned from: the search says so.
    expect(report.reading.columns.map((c) => [c.role, c.fiscalYear])).toEqual([
      ['kpi', null],
      ['baseline', 2010],
      ['actual', 2011],
      ['difference', null],
      ['rate', null],
    ]);
    expect(report.reading.roles).toMatchObject({
      source: 'printed rates',
      printed: 5,
      explained: 5,
    });
    expect(
      report.kpis.map((k) => [
        k.kpi.code,
        k.kpi.baseline?.value,
        ...k.kpi.actuals.map((a) => a.figure.value),
        k.printedRateText,
      ]),
    ).toEqual([
      ['1', '16363', '16101', '▲1.6(▲3.0)'],
      ['2', '2550', '2542', '▲0.3(▲1.3)'],
      ['小計', '18913', '18643', '▲1.4(▲2.7)'],
      ['3', '1583', '1564', '▲1.2(▲0.6)'],
      ['計', '20496', '20207', '▲1.4(▲2.6)'],
    ]);
    const result = checkReport(report);
    expect(result.summary).toEqual({ kpis: 5, printed: 5, matched: 5 });
    // 市: (16,101 − 16,363) ÷ 16,363 = −1.60% → ▲1.6.
    expect(result.kpis[0]).toMatchObject({
      printed: '-1.6%',
      computed: '-1.6%',
      formula: 'change',
    });
    // The ※ note under the table is read as a note: kept as printed, no cell unplaced.
    expect(report.reading.rows.find((r) => r.row === 12)?.kind).toBe('note');
    expect(report.reading.notes.map((n) => [n.row, n.text.slice(0, 12)])).toEqual([
      [12, '※増減率は小数第2位を四'],
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(await problemsWhenEdited(name, '20,496', '20,497')).toEqual([
      ['total', 11, 2],
      ['difference', 11, 4],
    ]);
    // 増減数 is checked as the change from the H22 count: 16,101 − 16,363 = ▲262.
    expect(await problemsWhenEdited(name, '▲262 (▲498)', '▲263 (▲498)')).toEqual([
      ['difference', 7, 4],
    ]);
  });
});

describe('other cities, round h: what the unseen tables taught', () => {
  it('長崎市 教育: 「※」 alone where the survey gave no figure is no figure, every rate reproduced, the ⇩ ones as 2 − actual ÷ target', async () => {
    const name = 'nagasaki-kyoiku-h27.tsv';
    const report = await readReportFile(name, bytes(name));
    const result = checkReport(report);
    expect(report.fiscalYear).toBe(2015);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(result.kpis.map((k) => [k.printed, k.match, k.formula])).toEqual([
      ['25.0%', true, 'ratio'],
      ['44.4%', true, 'two-minus-ratio'],
      ['47.5%', true, 'two-minus-ratio'],
      ['53.0%', true, 'ratio'],
      ['92.6%', true, 'ratio'],
    ]);
  });

  it('日進市 食育: each line of the row-label tree a KPI, its group’s target carried to it', async () => {
    const name = 'nisshin-shokuiku-h25.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.kpis).toHaveLength(16);
    const kpi = report.kpis.find((k) => k.kpi.title === '肥満者の割合 児童 小学校低学年');
    expect(kpi?.kpi.target?.value).toBe('1.7');
    expect(kpi?.printedGrade).toBe('B');
    expect(report.reading.notes).toHaveLength(4);
  });

  it('みなかみ町 地域福祉: the lines 実績値 / 目標値 joined past the empty indicators D–F', async () => {
    const name = 'minakami-chiikifukushi-h27.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.kpis.map((k) => k.kpi.code)).toEqual(['A', 'B', 'C']);
    expect(report.fiscalYear).toBe(2015);
    expect(report.unplaced.map((u) => u.text)).toEqual([
      'D',
      '実績値',
      '目標値',
      'E',
      '実績値',
      '目標値',
      'F',
      '実績値',
      '目標値',
    ]);
  });

  it('山梨県 森林: a count per grade adding up to its 計 refused as a summary', async () => {
    const name = 'yamanashi-shinrin-h25.tsv';
    await expect(readReportFile(name, bytes(name)).then(requireComplete)).rejects.toThrow(
      'a summary of KPI counts per grade ("項目数": 3 + 6 + 3 + 0 = 12 in row 11)',
    );
  });
});

describe('other cities, round j: what the unseen tables are read as, not only that they are', () => {
  it('合志市 施策20: the 成り行き値 line a projection kept as printed, never the actuals; the 目標値 line the targets', async () => {
    const report = await readReportFile('koshi-kyoiku-h21.tsv', bytes('koshi-kyoiku-h21.tsv'));
    expect(report.kpis.flatMap((k) => k.kpi.actuals)).toEqual([]);
    expect(report.reading.planTable).toBeDefined();
    const b = report.kpis[1]?.kpi;
    expect(b?.title).toBe('B:不登校の出現率');
    expect(b?.baseline).toMatchObject({ value: '1.0', fiscalYear: 2009 });
    expect(b?.target).toMatchObject({ value: '0.7', fiscalYear: 2015 });
    expect(report.kpis.map((k) => k.kpi.direction)).toEqual([
      'increase',
      'decrease',
      'decrease',
      'increase',
      'decrease',
      'increase',
    ]);
  });

  it('岡山県 環境基本計画: the settled figure of H22 the actual, the 速報 kept beside it; one left out read as an estimate', async () => {
    const report = await readReportFile('okayama-kankyo-h23.tsv', bytes('okayama-kankyo-h23.tsv'));
    const actual = (i: number) =>
      report.kpis[i]?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value, a.figure.estimate]);
    expect(actual(0)).toEqual([[2010, '63.7', false]]);
    expect(actual(4)).toEqual([[2010, '36.1', true]]);
    expect(report.kpis[0]?.kpi.target).toMatchObject({ value: '61.9' });
    expect(report.kpis.every((k) => k.kpi.direction === 'decrease')).toBe(true);
  });

  it('大子町 教育: 平成26年度進捗状況 the actuals of H26, its cells of each row’s own unit', async () => {
    const report = await readReportFile('daigo-kyoiku-h26.tsv', bytes('daigo-kyoiku-h26.tsv'));
    expect(report.reading.columns[3]).toMatchObject({ role: 'actual', fiscalYear: 2014 });
    expect(report.kpis[1]?.kpi.actuals.map((a) => a.figure.value)).toEqual(['87.0']);
  });

  it('佐賀中部広域連合: a line of its own, then 年齢階級 over two lines named in the unheaded column', async () => {
    const report = await readReportFile('sagachubu-kaigo-r4.tsv', bytes('sagachubu-kaigo-r4.tsv'));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '要介護認定率',
      '年齢階級 前期高齢者',
      '年齢階級 後期高齢者',
    ]);
  });
});

describe('other cities, unseen round k: tables of kinds the importer had not seen', () => {
  it('津野町 財政健全化計画 推移表: one KPI, its year rows read across, the year before the plan the baseline, (A−B)/A reproduced', async () => {
    const name = 'tsuno-zaiseikenzenka-h21.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.kpis.map((k) => [k.kpi.code, k.kpi.title])).toEqual([
      ['②', '実質公債費比率 (単位:%)'],
    ]);
    const kpi = report.kpis[0]?.kpi;
    expect([kpi?.baseline?.value, kpi?.target?.value]).toEqual(['15.7', '12.0']);
    expect(checkReport(report).summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
    expect(report.unplaced).toEqual([]);
  });

  it('群馬県 観光活性化計画: each block’s line of figures with no label a KPI named by its heading', async () => {
    const name = 'gunma-kanko-h29.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(
      report.kpis.map((k) => [
        k.kpi.title,
        k.kpi.baseline?.value,
        k.kpi.target?.value,
        k.kpi.actuals.map((a) => a.figure.value),
      ]),
    ).toEqual([
      [
        '群馬県全域・栃木県計画地区内(渡瀬・日光地域)・長野県計画地区内(北信濃・東信州地域)の拠点施設の観光客総計',
        '4481',
        '4730',
        ['4913'],
      ],
      ['群馬県全域の拠点施設の観光客総計', '1528', '1617', ['1628']],
      ['群馬県全域の地域間を連絡する道路の総時間短縮割合', '0', '34.0', ['34.0']],
    ]);
  });

  it('市川市 部門別 原単位: 「対 H18 年度比率」 a change against the base, 3 of 5 reproduced, the units a column', async () => {
    const name = 'ichikawa-ondanka-h23.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.unit])).toEqual([
      ['民生家庭', 'MJ/世帯'],
      ['民生業務', 'MJ/千m2'],
      ['運輸', 'L/台'],
      ['廃棄物', 'g/人・日'],
      ['産業', 'GJ/百万円'],
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 5, printed: 5, matched: 3 });
    // 産業's base 「48*」: 48, its mark a footnote, no unit of its own.
    expect(report.kpis[4]?.kpi.baseline?.value).toBe('48');
    expect(report.problems).toEqual([]);
    expect(report.reading.notes.map((n) => n.text)).toContain(
      '運輸部門のみ、エネルギー消費率が増加。',
    );
  });

  it('桑名市 公共施設 削減目標と取組実績: kinds of figure named in the second column under group labels, 77% reproduced', async () => {
    const name = 'kuwana-koukyoshisetsu-r3.tsv';
    const report = await readReportFile(name, bytes(name));
    const first = report.kpis[0]?.kpi;
    expect([first?.title, first?.target?.value, first?.actuals.map((a) => a.figure.value)]).toEqual(
      ['第1次 H28-R7', '29037', ['22428']],
    );
    expect(report.kpis).toHaveLength(5);
    // The unit from the line above, 「【単位:平方メートル】」, its closing bracket left out.
    expect(first?.unit).toBe('m²');
    expect(checkReport(report).summary).toEqual({ kpis: 5, printed: 1, matched: 1 });
  });

  it('小諸市 健康づくり計画 特定健康診査受診率: the 計画 / 実績 lines joined, 「34.0(見込値)」 an estimate of H25', async () => {
    const name = 'komoro-kenkou-h25.tsv';
    const report = await readReportFile(name, bytes(name));
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value, a.figure.estimate])).toEqual([
      [fiscalYear(2013), '34.0', true],
    ]);
    expect(report.unplaced).toEqual([]);
  });

  it('玉東町 地方創生 KPI: 指標値 the target beside its 目標年月, the 「?」 results unreadable, not text, an empty slot no KPI', async () => {
    const name = 'gyokuto-sousei-h27.tsv';
    const report = await readReportFile(name, bytes(name));
    const births = report.kpis.find((k) => k.kpi.title === '出生数前年比増')?.kpi;
    expect([births?.target?.value, births?.actuals.map((a) => a.figure.value)]).toEqual([
      '3',
      ['11'],
    ]);
    // The rest unplaced: the 「?」 cells, and project No 1's empty slot 「指標①」 (no KPI).
    expect(report.kpis).toHaveLength(6);
    expect(report.unplaced.filter((u) => u.text !== '?').map((u) => u.text)).toEqual([
      '1',
      '玉東町総合戦略策定事業',
      '指標①',
    ]);
  });

  it('木島平村 執行状況報告書: #REF! cells unreadable, each a problem; 乖離値 under 計画前年度実績 a difference', async () => {
    const name = 'kijimadaira-zaiseikenzenka-h21.tsv';
    const report = await readReportFile(name, bytes(name));
    const unreadable = report.problems.filter((p) => p.kind === 'unreadable');
    expect(unreadable).toHaveLength(18);
    expect(unreadable[0]?.message).toContain("a spreadsheet's error value");
    const debt = report.kpis.find((k) => k.kpi.code === '⑤')?.kpi;
    expect([debt?.baseline?.value, debt?.target?.value]).toEqual(['350.0', '198.0']);
  });
});

describe('other cities, round ae: tables of plan kinds the importer had not seen', () => {
  it('鳥取県 消費生活センター 工程表: a 時点 line of days with no era (「26.4.1」, 「27.3.31」) the years of the figures', async () => {
    const name = 'tottori-shohisha-h26.tsv';
    const report = await readReportFile(name, bytes(name));
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.title).toBe('地域消費生活サポーターの養成者数');
    expect([kpi?.baseline?.value, kpi?.baseline?.fiscalYear]).toEqual(['68', 2010]);
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([[2014, '336']]);
    expect([kpi?.target?.value, kpi?.target?.fiscalYear]).toEqual(['400', 2014]);
  });

  it('栃木県 生物多様性とちぎ戦略: each figure after its year under a word spanning the pairs, ▲ a grade', async () => {
    const name = 'tochigi-seibutsutayousei-h27.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.fiscalYear).toBe(2015);
    const volunteers = report.kpis.find((k) => k.kpi.code === '⑦')?.kpi;
    expect([volunteers?.baseline?.value, volunteers?.baseline?.fiscalYear]).toEqual([
      '14045',
      2009,
    ]);
    expect(volunteers?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2014, '21516'],
      [2015, '20056'],
    ]);
    expect([volunteers?.target?.value, volunteers?.target?.fiscalYear]).toEqual(['20000', 2015]);
    expect(report.kpis.find((k) => k.kpi.code === '④')?.printedGrade).toBe('▲');
    // Only ⑧'s three cells lost in the copy are left.
    expect(report.unplaced.map((u) => u.text)).toEqual(['?', '?', '?']);
  });

  it('鳥取県 図書館 工程表: a 時点 line left empty, and 「数値未確定」 where the result would be', async () => {
    const name = 'tottori-dokusho-h26.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '公立図書館の個人貸出冊数(人口一人あたり)',
    ]);
    const kpi = report.kpis[0]?.kpi;
    expect([kpi?.baseline?.value, kpi?.target?.value]).toEqual(['4.9', '6']);
    // The year's result not known yet: no value, as printed (as 「未集計」 is).
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value, a.figure.mark])).toEqual([
      [2014, null, '数値未確定'],
    ]);
  });

  it('鳥取県 図書館 工程表 H27: 「H28.8確定見込」 a result to come, not a year; 「(H25実績 5.3冊)」 a figure', async () => {
    const name = 'tottori-toshokan-h27.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.fiscalYear).toBe(2015);
    const kpi = report.kpis[0]?.kpi;
    expect([kpi?.baseline?.value, kpi?.baseline?.fiscalYear]).toEqual(['4.9', 2012]);
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value, a.figure.mark])).toEqual([
      [2015, null, 'H28.8確定見込'],
    ]);
    expect(kpi?.extras.map((e) => e.text)).toEqual(['(H25実績 5.3冊)']);
  });

  it('つくば市 個別施策評価調書: the names beside their kind (指標種別), the lines joined past the empty slot', async () => {
    const name = 'tsukuba-kokusaika-h27.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '庁内における通訳業務対応件数(回)',
      '国際バカロレア支援対象学校の児童・生徒数(人)',
    ]);
    expect(report.fiscalYear).toBe(2015);
    expect(report.kpis[1]?.kpi.extras).toContainEqual({ label: '指標種別', text: '成果指標' });
    expect(report.unplaced.map((u) => u.text)).toEqual(['目標値', '実 績']);
  });
});

describe('other cities, unseen round ad: 国保 保健事業, 住生活基本計画, 空家等対策計画', () => {
  it('大口町 特定健康診査・特定保健指導受診率: years as rows across an era, each KPI over its 目標値 | 実績', async () => {
    const name = 'oguchi-tokuteikenshin-r1.tsv';
    const report = await readReportFile(name, bytes(name));
    const checkup = report.kpis[0]?.kpi;
    expect([checkup?.title, checkup?.target?.value]).toEqual(['特定健康診査', '52.0']);
    expect(checkup?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [fiscalYear(2015), '48.1'],
      [fiscalYear(2016), '48.9'],
      [fiscalYear(2017), '47.4'],
      [fiscalYear(2018), '52.2'],
      [fiscalYear(2019), '52.7'],
    ]);
    // The 第3期 plan's target reset lower from H30: each year's own target a milestone.
    expect(checkup?.milestones.map((m) => m.figure.value)).toEqual([
      '56.0',
      '58.0',
      '60.0',
      '50.0',
    ]);
    expect(report.kpis).toHaveLength(2);
  });

  it('空家等対策計画 数値目標: a plan’s own targets, the unheaded numbers the KPIs’ codes, not figures to name', async () => {
    const name = 'unknown-akiya-h28.tsv';
    const report = requireComplete(await readReportFile(name, bytes(name)));
    expect(
      report.kpis.map((k) => [
        k.kpi.code,
        k.kpi.baseline?.value,
        k.kpi.target?.value,
        k.kpi.direction,
      ]),
    ).toEqual([
      ['1', '755', '755', 'maintain'],
      ['2', '205', '150', 'decrease'],
    ]);
    expect(report.reading.planTable).toMatch(/^a plan's indicators with no year measured yet/);
    expect(report.fiscalYear).toBe(fiscalYear(2017));
  });

  it('住生活基本計画 全国計画の成果指標: 目標1 / 目標2 headings, 「79%(平成20)→95%(平成32)」 the baseline and target, 現状値 the result', async () => {
    const name = 'unknown-juseikatsu-h27.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.plan.policies.map((p) => p.name)).toEqual([
      '目標1 安全・安心で豊かな住生活を支える生活環境の構築',
      '目標2 住宅の適正な管理及び再生',
    ]);
    expect(report.problems).toEqual([]);
    const first = report.kpis[0]?.kpi;
    expect([
      first?.code,
      first?.baseline?.value,
      first?.baseline?.fiscalYear,
      first?.target?.value,
      first?.actuals.map((a) => [a.fiscalYear, a.figure.value]),
    ]).toEqual(['1', '79', fiscalYear(2008), '95', [[fiscalYear(2013), '82']]]);
    // Left unplaced: a target in words (おおむね解消), a baseline over a period, the two notes, 10's number.
    expect(report.unplaced).toHaveLength(5);
  });

  it('小諸市 地域公共交通 小諸すみれ号利用者数: the plan 「延 10万人/年」 at the result’s scale, 100,000 人/年', async () => {
    const name = 'komoro-koutsu-h25.tsv';
    const report = await readReportFile(name, bytes(name));
    const kpi = report.kpis[0]?.kpi;
    expect([kpi?.target?.value, kpi?.direction, kpi?.actuals.map((a) => a.figure.value)]).toEqual([
      '100000',
      'increase',
      ['84067'],
    ]);
    expect(report.problems).toEqual([]);
  });
});

describe('other cities, unseen round af: 特定事業主行動計画 (次世代育成支援, 女性活躍推進法)', () => {
  it('多賀城市 次世代育成: the KPIs across, 取組目標 the target, a row a year their results', async () => {
    const name = 'tagajo-tokuteijigyonushi-r5.tsv';
    const report = await readReportFile(name, bytes(name));
    const kpi = report.kpis[3]?.kpi;
    expect([kpi?.title, kpi?.target?.value, kpi?.actuals.map((a) => a.figure.value)]).toEqual([
      '男性職員の育児休業取得率',
      '20',
      ['25.0', '45.5', '84.6', '87.5'],
    ]);
  });

  it('「見える化」 一覧 和歌山市: 目標項目 the names, each figure of the year its (時期) cell prints', async () => {
    const name = 'wakayamashi-joseikatsuyaku-h29.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(
      report.kpis.map((k) => [
        k.kpi.title,
        k.kpi.baseline?.fiscalYear,
        k.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value]),
        k.kpi.target?.fiscalYear,
      ]),
    ).toEqual([
      ['男性職員の育児休業取得率', fiscalYear(2014), [[fiscalYear(2017), '5']], fiscalYear(2020)],
      [
        '年次有給休暇の平均使用日数',
        fiscalYear(2014),
        [[fiscalYear(2017), '11']],
        fiscalYear(2020),
      ],
      [
        '管理的地位にある女性職員の割合',
        fiscalYear(2015),
        [[fiscalYear(2020), '7.9']],
        fiscalYear(2020),
      ],
    ]);
    expect(report.problems).toEqual([]);
  });

  it('徳島市: a level with its change run on, 「12.9日▲1.5%」, the level; the change kept beside it', async () => {
    const name = 'tokushimashi-joseikatsuyaku-h29.tsv';
    const report = await readReportFile(name, bytes(name));
    const kpi = report.kpis[1]?.kpi;
    expect([
      kpi?.baseline?.value,
      kpi?.actuals.map((a) => a.figure.value),
      kpi?.target?.value,
    ]).toEqual(['13.0', ['12.9'], '14.5']);
    // Only the cells the stored copy lost are left.
    expect(report.unplaced.map((u) => u.text)).toEqual(['?', '?']);
  });

  it('山形市: the parts named in each figure cell a KPI each; 前年度より削減 a decrease', async () => {
    const name = 'yamagatashi-joseikatsuyaku-h29.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.direction])).toEqual([
      ['性別による差別のない採用 男性', 'increase'],
      ['性別による差別のない採用 女性', 'increase'],
      ['育児休業の取得率 男性', 'increase'],
      ['育児休業の取得率 女性', 'maintain'],
      ['時間外勤務時間数', 'decrease'],
    ]);
    expect(report.kpis[2]?.kpi.actuals.map((a) => a.figure.value)).toEqual(['7.7']);
    expect(report.unplaced.map((u) => u.text)).toEqual(['?']);
  });

  it('佐賀市: no part split where the baseline 「6%」 names none beside 「男性22.7% 女性100%」', async () => {
    const name = 'sagashi-joseikatsuyaku-h29.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '育児休業の取得率',
      '1年間の時間外勤務の時間数が360時間を超える職員数',
      '監督職に占める女性職員の割合',
    ]);
    expect(report.unplaced.map((u) => u.text)).toContain('男性22.7% 女性100%');
  });
});

describe('other cities, round ag: plans a city imports first (総合計画, 行政改革)', () => {
  it('嘉麻市 総合計画: 基準値 / 現状値 / 目標値 with their years, 達成度 the grade, 方向性 kept as printed', async () => {
    const name = 'kama-sougoukeikaku-h27.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.fiscalYear).toBe(2015);
    const kpi = report.kpis[0]?.kpi;
    expect([kpi?.baseline?.value, kpi?.baseline?.fiscalYear]).toEqual(['14', 2010]);
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([[2015, '33']]);
    expect([kpi?.target?.value, kpi?.target?.fiscalYear]).toEqual(['20', 2016]);
    expect(report.kpis.map((k) => k.printedGrade)).toEqual(['B', 'B', 'B', 'B']);
    expect(kpi?.extras).toContainEqual({ label: '方向性', text: 'A' });
    // The legend defines the grades by words alone: judgements, not checked by a scale.
    expect(report.reading.gradeScale).toBe('legend words');
    expect(checkReport(report).gradeScale.source).toBe('legend words');
  });

  it('大多喜町 行政改革 取組結果: counts of plans per grade, a column each, refused as a summary', async () => {
    const name = 'otaki-gyoseikaikaku-h20.tsv';
    await expect(readReportFile(name, bytes(name))).rejects.toThrow(
      /row 9: not a KPI table: a summary of counts per grade, a column each \("個別計画数" 34 = 26 \+ 7 \+ 1 in row 11\)/,
    );
  });

  it('熊野市 総合計画 数値目標一覧: a plan’s own indicators, 掲載頁 page numbers no figure', async () => {
    const name = 'kumano-sougoukeikaku-h19.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.reading.planTable).toContain('no year measured yet');
    const kpi = report.kpis[1]?.kpi;
    expect([kpi?.title, kpi?.baseline?.value, kpi?.target?.value]).toEqual([
      '新規就農者数',
      '1',
      '30',
    ]);
    expect(kpi?.narratives.map((n) => n.text)).toEqual(['61\n関係機関等調査']);
  });

  it('木津川市 行財政改革 進捗状況: lines of a grade, its count and share, refused as a summary', async () => {
    const name = 'kizugawa-gyozaiseikaikaku-r1.tsv';
    await expect(readReportFile(name, bytes(name))).rejects.toThrow(
      'row 12: not a KPI table: a summary of counts per grade, a line each ("S:特に良好に進捗 … 0項目(0.0%)")',
    );
  });
});

describe('other cities, round ai: layouts other municipalities print too', () => {
  it('綾町 総合戦略: the sheet’s column letters between the grids a title line, each KPI its plan and results', async () => {
    const name = 'aya-sougousenryaku-h28.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.fiscalYear).toBe(2016);
    expect(report.kpis).toHaveLength(2);
    const kpi = report.kpis[1]?.kpi;
    expect(kpi?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2015, '96.8'],
      [2016, '98.6'],
    ]);
    expect(kpi?.milestones.map((m) => [m.fiscalYear, m.figure.value])).toContainEqual([2016, '92']);
    expect([kpi?.target?.value, kpi?.target?.fiscalYear]).toEqual(['98', 2019]);
    // The letters A … J are placed, a title line; only the `?` of the stored copy are left over.
    expect(report.reading.rows.find((r) => r.row === 10)?.kind).toBe('title');
    expect(report.unplaced.map((u) => u.text)).toEqual(['?', '?', '?', '?', '?', '?']);
  });
});

describe('other cities, round aj: layouts other municipalities print too', () => {
  it('坂井市 地方創生先行型: 「No」 printed on each project’s first KPI only, the projects’ numbers', async () => {
    const name = 'sakai-senkougata-h27.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.kpis).toHaveLength(10);
    expect(report.kpis.map((k) => k.kpi.title)).toContain(
      '市内空き家を活用した新規就農者又は新規就農希望者',
    );
    expect(report.problems.filter((p) => p.kind === 'duplicate-code')).toEqual([]);
    // What is left: No 1's line of no KPI and the result lost in the stored text (「?」).
    expect(report.unplaced).toHaveLength(10);
    expect(report.reading.columns[0]?.role).toBe('other');
  });

  it('瑞浪市 施策評価調書: each block under a heading of its name and 「令和5年度目標値 | 23」', async () => {
    const name = 'mizunami-shisakuhyoka-h30.tsv';
    const report = await readReportFile(name, bytes(name));
    expect(report.fiscalYear).toBe(2018);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '福祉ボランティアグループの数',
      '地域の支えや社会保障が充実していることにより、安心して暮らせるまちだと感じる市民の割合',
    ]);
    expect(checkReport(report).kpis.map((k) => k.computed)).toEqual(['82%', '101%']);
  });
});

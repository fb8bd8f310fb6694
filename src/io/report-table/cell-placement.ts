import { parseDescribedFigure } from '../../domain/described-figure.ts';
import { normalizeUnit } from '../../domain/unit.ts';
import { arrowFigures } from './arrow-figures.ts';
import { headerYear } from './column-role.ts';
import { placeGroupCell } from './group-cell-placement.ts';
import type { Column } from './header-map.ts';
import { parseKpiLabel, splitDepartments } from './label-cells.ts';
import { inKpiScale } from './unit-scale.ts';
import { isNoneWord } from './word-targets.ts';
import { gradeLabel, isPrintedGrade, quotedGrade } from '../../domain/grade-scale.ts';
import type { KpiRowCells, Placement } from './placement.ts';
import { cellNote, notAFigure, placed, unplaced } from './placement.ts';

const noPlace = (column: Column, fileColumn: number): Placement =>
  unplaced(
    column.label === ''
      ? `column ${fileColumn} has no header`
      : `column "${column.label}" has no place for it`,
  );

/** The group of the column's block (栗原市 H22 効果額 under 平成22年度), or -1. */
const blockGroup = (cells: KpiRowCells, column: Column): number =>
  cells.groups.findIndex((group) => group.label !== '' && group.label === column.block);

/** Why a cell under a column set to 'ignore' is listed unplaced. */
export const IGNORED = "ignored by the importer's mapping";

/** A grade, then words in brackets: 「B（80%未満）」, 「A (目標達成)」. */
const GRADE_WITH_LEGEND = /^([^\s(（]+)\s*[(（][^()（）]+[)）]$/;
/** A grade, a colon and what it means: 「ａ：概ね達成」, 「Ｓ：目標超過」. */
const GRADE_WITH_WORDS = /^([^\s:：(（]+)\s*[:：]\s*\S.*$/;

/**
 * Places one cell of a KPI row by its column's role, on every group's draft (the KPI's own
 * fields) or on its group's draft (figures and rates); says why when it cannot.
 */
export function placeKpiCell(
  cells: KpiRowCells,
  column: Column,
  text: string,
  fileColumn: number,
): Placement {
  const role = column.role;
  // Loops, not callbacks: this runs once per cell, and a closure per cell is what it cost most.
  const drafts = cells.drafts;
  switch (role.kind) {
    case 'kpi': {
      const own = cells.kpiLabel;
      const label = column.index === own.index ? own.label : parseKpiLabel(text);
      for (const d of drafts) {
        d.title = label.title;
        d.tags = label.tags;
        d.note = label.note;
        d.code = label.code ?? '';
        if (label.unit !== null) Object.assign(d, { unit: label.unit, unitOfTable: false });
      }
      return placed('kpi');
    }
    case 'department':
      for (const d of drafts) d.departments = splitDepartments(text);
      return placed('department');
    case 'unit':
      for (const d of drafts) {
        d.unit = normalizeUnit(text);
        d.unitOfTable = false;
        d.unitColumn = fileColumn;
      }
      return placed('unit');
    case 'counting': {
      // As printed most often, with no space to take out: no regular expression a row.
      const t = text === '単年度' || text === '累計' ? text : text.replace(/\s+/g, '');
      if (t !== '単年度' && t !== '累計') return unplaced('neither 単年度 nor 累計');
      for (const d of drafts) d.counting = t === '単年度' ? 'single-year' : 'cumulative';
      return placed('counting');
    }
    case 'baseline': {
      // 「60.0→70.0」 under 「現状値→目標値」: the baseline, then the target where none is read.
      const arrow = arrowFigures(text);
      if (arrow !== null) {
        const baseline = placeKpiCell(cells, column, arrow.fromText, fileColumn);
        if (baseline.kind !== 'placed') return baseline;
        const value = arrow.to.parsed.figure.value;
        for (const d of drafts) {
          if (d.target !== null || value === null) continue;
          const kind = arrow.to.parsed.bound ?? 'value';
          d.target = { kind: 'level', target: { kind, value, fiscalYear: arrow.to.fiscalYear } };
          d.targetColumn = fileColumn;
          d.finalTargetPrinted = true;
        }
        return baseline;
      }
      // None in a word (ごみ 審議会 ③ 最終処分量 現状 「ゼロ」): the figure 0.
      const described = parseDescribedFigure(isNoneWord(text) ? '0' : text);
      if (!described) return notAFigure(text);
      // A second baseline column in the row (鳥取県 基準値 then 年度当初値): the first is the
      // KPI's baseline, the later one kept as printed under its header, not written over it.
      let second = false;
      for (const d of drafts) if (d.baseline !== null && d.baselineRow === cells.row) second = true;
      if (second) {
        drafts[0]?.extras.push({ label: column.label, text });
        return placed('extra');
      }
      const note = cellNote(described, column.label, text);
      for (const d of drafts) {
        const parsed = inKpiScale(d, described.parsed);
        const value = parsed.figure.value;
        if (value !== null) {
          // The cell's own year first (栃木県 「93.8 (H16)」 under a header naming H22).
          d.baseline = {
            value,
            fiscalYear:
              described.fiscalYear ?? role.fiscalYear ?? cells.years.get(column.index) ?? null,
          };
          d.baselineRow = cells.row;
        }
        if (note !== null) d.cellNotes.push(note);
        const unit = parsed.unit ?? column.unit;
        if (unit) d.valueUnits.push({ unit, row: cells.row, column: fileColumn });
      }
      return placed('baseline');
    }
    case 'narrative': {
      // Two text columns of a row (御所市 内容 and 目標 アップ) both stay: the later no longer
      // overwrites the earlier, their texts join on a line each.
      const fiscalYear = role.fiscalYear ?? cells.year;
      for (const d of drafts) {
        const earlier = d.narrative?.fiscalYear === fiscalYear ? d.narrative.text : null;
        d.narrative = { fiscalYear, text: earlier === null ? text : `${earlier}\n${text}` };
      }
      return placed('narrative');
    }
    case 'grade': {
      // A grade with the scale's words for it in brackets (「B（80%未満）」) or after a colon
      // (「ａ：概ね達成」): the grade, the cell kept as printed.
      const legend = GRADE_WITH_LEGEND.exec(text.trim()) ?? GRADE_WITH_WORDS.exec(text.trim());
      // Or quoted in the line naming the evaluation (「【H28県総合計画評価「B」】」): the cell kept too.
      const grade =
        legend?.[1] !== undefined && isPrintedGrade(legend[1]) ? legend[1] : quotedGrade(text);
      // A grade column of another year than the report's (宇陀市 「達成状況 評価 H27」, one a year):
      // kept as printed beside the KPI, whose printed grade is the report year's.
      const year = headerYear(column.label);
      if (year !== null && year !== cells.year) {
        for (const d of drafts) d.extras.push({ label: column.label, text });
        return placed('grade');
      }
      for (const d of drafts) {
        d.printedGrade = gradeLabel(grade ?? text);
        if (grade !== null) d.extras.push({ label: column.label, text });
      }
      return placed('grade');
    }
    case 'other': {
      // Kept as printed under its header, on the KPI of the column's block (栗原市 H22 効果額);
      // so is a year a pair prints before its figure under no word of its own (「H27 | 6」).
      if (column.label === '' && column.yearsOf === undefined) return noPlace(column, fileColumn);
      (drafts[blockGroup(cells, column)] ?? drafts[0])?.extras.push({ label: column.label, text });
      return placed('extra');
    }
    case 'difference': {
      const parsed = parseDescribedFigure(text)?.parsed;
      const value = parsed?.figure.value;
      if (value === undefined) return notAFigure(text);
      const draft =
        drafts[cells.groupOf.get(column.index) ?? blockGroup(cells, column)] ?? drafts[0];
      if (value === null) {
        // A dash for no difference (呉市 差引 「-」 where neither plan nor result is a figure).
        draft?.extras.push({ label: column.label, text });
        return draft ? placed('extra') : notAFigure(text);
      }
      const inPercent = parsed?.unit === '%';
      const printed = { value, order: role.order, column: fileColumn, inPercent };
      if (draft && role.ofYear !== undefined) {
        // A year's own (津野町 乖離値(C) 平成19年度): kept as printed, checked against its year.
        draft.extras.push({ label: column.label, text });
        draft.yearDifferences.push({ ...printed, fiscalYear: role.ofYear });
      } else if (draft) draft.difference = printed;
      return placed('difference');
    }
    case 'policy':
    case 'theme':
      return noPlace(column, fileColumn);
    case 'ignore':
      return unplaced(IGNORED);
    case 'actual':
    case 'cumulative':
    case 'target':
    case 'rate':
      return placeGroupCell(cells, column, text, fileColumn) ?? noPlace(column, fileColumn);
  }
}

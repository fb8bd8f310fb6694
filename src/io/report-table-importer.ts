import type { FiscalYear } from '../domain/fiscal-year.ts';
import { decimalBoundsProblem } from '../domain/decimal.ts';
import { parseFigureText } from '../domain/figure-text.ts';
import { DEFAULT_GRADE_SCALE } from '../domain/grade-scale.ts';
import type { BasicPolicy, Plan } from '../domain/model.ts';
import { inferRatePrecision, parsePrintedRate } from '../domain/rate-format.ts';
import { normalizeUnit } from '../domain/unit.ts';
import type { ColumnGroup } from './column-groups.ts';
import { columnGroups } from './column-groups.ts';
import { continuationFigures } from './continuation-row.ts';
import { planPeriod, reportYear } from './report-period.ts';
import type { Grid, GridRow } from './grid.ts';
import { contentRows } from './grid.ts';
import type { Column, HeaderMap } from './header-map.ts';
import { findHeader } from './header-map.ts';
import type { ImportProblem, UnplacedCell } from './import-problem.ts';
import { ImportError } from './import-problem.ts';
import type { KpiDraft } from './kpi-draft.ts';
import { emptyDraft, yearFigure } from './kpi-draft.ts';
import { finishKpi } from './kpi-finish.ts';
import type { ImportedKpi } from './imported-report.ts';
import type { ImportedReport } from './imported-report.ts';
import {
  continuationLabel,
  parseKpiLabel,
  parseOrderedLabel,
  splitDepartments,
  startsWithKpiCode,
} from './label-cells.ts';

export interface ImportOptions {
  /** The report's fiscal year; read off the headers when not given. */
  readonly fiscalYear?: FiscalYear;
  readonly planName?: string;
}

interface PolicyDraft {
  number: string;
  name: string;
  themes: { number: string; name: string; actionItems: string[]; kpis: KpiDraft[][] }[];
}

/** The state of one pass over the rows. */
class TableReader {
  readonly policies: PolicyDraft[] = [];
  readonly unplaced: UnplacedCell[] = [];
  readonly problems: ImportProblem[] = [];
  private current: KpiDraft[] | null = null;
  private kpiColumn: number | null;
  private readonly groups: ColumnGroup[];
  private readonly grouped: Set<Column>;
  private sequence = 0;
  private readonly codeRows = new Map<string, number>();

  /** A number for a KPI the table does not number, skipping numbers the table uses. */
  private nextCode(): string {
    do this.sequence += 1;
    while (this.codeRows.has(String(this.sequence)));
    return String(this.sequence);
  }

  constructor(
    private readonly file: string,
    private readonly header: HeaderMap,
    private readonly year: FiscalYear,
  ) {
    const columns = header.columns;
    const find = (kind: Column['role']['kind']) =>
      columns.find((c) => c.role.kind === kind)?.index ?? null;
    // Without a KPI column the tree column names the KPI, else an unnamed first column (区分).
    this.kpiColumn =
      find('kpi') ??
      find('theme') ??
      find('policy') ??
      (columns[0]?.role.kind === 'other' ? 0 : null);
    this.groups = columnGroups(header);
    this.grouped = new Set(
      this.groups
        .flatMap((g) => [g.rate, g.target, ...g.milestones, ...g.actuals, ...g.cumulative])
        .filter((c) => c !== null),
    );
  }

  private column(index: number): Column | undefined {
    return this.header.columns[index];
  }

  private unplace(row: number, index: number, text: string, reason: string): void {
    this.unplaced.push({ file: this.file, row, column: index + 1, text, reason });
  }

  private policy(): PolicyDraft {
    let policy = this.policies.at(-1);
    if (!policy) {
      policy = { number: '', name: '', themes: [] };
      this.policies.push(policy);
    }
    return policy;
  }

  private theme(): PolicyDraft['themes'][number] {
    const policy = this.policy();
    let theme = policy.themes.at(-1);
    if (!theme) {
      theme = { number: '', name: '', actionItems: [], kpis: [] };
      policy.themes.push(theme);
    }
    return theme;
  }

  /** How far a row is shifted left: its KPI code sits left of the KPI column (⑲, ⑳). */
  private shiftOf(cells: readonly string[]): number {
    if (this.kpiColumn === null) return 0;
    const codeAt = cells.findIndex((cell) => startsWithKpiCode(cell));
    return codeAt >= 0 && codeAt < this.kpiColumn ? this.kpiColumn - codeAt : 0;
  }

  read(row: GridRow): void {
    const shift = this.shiftOf(row.cells);
    const aligned: string[] = [...Array<string>(shift).fill(''), ...row.cells];
    const firstIndex = aligned.findIndex((c) => c.trim() !== '');
    const first = (aligned[firstIndex] ?? '').trim();
    const label = shift === 0 && !startsWithKpiCode(first) ? continuationLabel(first) : null;
    const kpiCell = this.kpiColumn === null ? '' : (aligned[this.kpiColumn] ?? '').trim();
    if (
      label !== null &&
      this.current &&
      (label !== 'department' || firstIndex !== this.kpiColumn) &&
      !this.hasOwnRate(aligned)
    ) {
      this.continuation(row, aligned, firstIndex, label, shift);
    } else if (kpiCell !== '') {
      this.kpiRow(row, aligned, shift);
    } else if (this.hierarchyOnly(aligned)) {
      this.hierarchy(aligned);
    } else {
      aligned.forEach((text, index) => {
        if (text.trim() !== '')
          this.unplace(
            row.row,
            index - shift,
            text,
            'a row that is neither a KPI nor a continuation of one',
          );
      });
    }
  }

  /** A 計 row with a target or rate of its own is the table's total line, a KPI of its own. */
  private hasOwnRate(aligned: readonly string[]): boolean {
    return this.header.columns.some(
      (c) =>
        (c.role.kind === 'rate' || c.role.kind === 'target') &&
        (aligned[c.index] ?? '').trim() !== '',
    );
  }

  private hierarchyOnly(aligned: readonly string[]): boolean {
    return aligned.every((text, index) => {
      const kind = this.column(index)?.role.kind;
      return text.trim() === '' || kind === 'policy' || kind === 'theme';
    });
  }

  private hierarchy(aligned: readonly string[]): void {
    aligned.forEach((text, index) => {
      if (text.trim() !== '') this.placeTree(index, text);
    });
  }

  private placeTree(index: number, text: string): boolean {
    const kind = this.column(index)?.role.kind;
    if (index === this.kpiColumn) return false;
    if (kind === 'policy') {
      const label = parseOrderedLabel(text);
      this.policies.push({ number: label.number, name: label.name, themes: [] });
      return true;
    }
    if (kind === 'theme') {
      const label = parseOrderedLabel(text);
      this.policy().themes.push({ ...label, kpis: [] });
      return true;
    }
    return false;
  }

  private kpiRow(row: GridRow, aligned: readonly string[], shift: number): void {
    const drafts = this.groups.map(() => emptyDraft('', row.row));
    const place = (index: number) => index - shift;
    aligned.forEach((raw, index) => {
      const text = raw.trim();
      if (text === '') return;
      if (this.placeTree(index, text)) return;
      const own = this.column(index);
      // Without a KPI column, the first tree column names the KPI (栗原市's 基本指針 rows).
      const column =
        own && index === this.kpiColumn ? { ...own, role: { kind: 'kpi' as const } } : own;
      const placed = column ? this.placeKpiCell(drafts, column, text) : false;
      if (placed !== true) {
        const why =
          placed === false
            ? `column ${column ? `"${column.label}"` : index + 1} has no place for it`
            : placed;
        this.unplace(row.row, place(index), text, why);
      }
    });
    const kpiCell = this.kpiColumn === null ? '' : (aligned[this.kpiColumn] ?? '').trim();
    const total = continuationLabel(kpiCell) === 'total' ? kpiCell : '';
    const code = drafts[0]?.code || total || this.nextCode();
    const earlier = this.codeRows.get(code);
    if (earlier !== undefined) {
      throw new ImportError(this.file, `KPI ${code} appears twice (first on row ${earlier})`, {
        row: row.row,
        column: (this.kpiColumn ?? 0) + 1,
      });
    }
    this.codeRows.set(code, row.row);
    drafts.forEach((draft, g) => {
      draft.code = g === 0 ? code : `${code}-${g + 1}`;
      if (g > 0) draft.title = `${draft.title}（${this.groups[g]?.label ?? ''}）`;
    });
    this.current = drafts;
    this.theme().kpis.push(drafts);
  }

  /** Places one cell of a KPI row; true, false (no column for it), or why it could not be read. */
  private placeKpiCell(drafts: KpiDraft[], column: Column, text: string): boolean | string {
    const role = column.role;
    const all = (apply: (d: KpiDraft) => void) => drafts.forEach(apply);
    switch (role.kind) {
      case 'kpi': {
        const label = parseKpiLabel(text);
        all((d) =>
          Object.assign(d, {
            title: label.title,
            tags: label.tags,
            note: label.note,
            code: label.code ?? '',
          }),
        );
        return true;
      }
      case 'department':
        all((d) => (d.departments = splitDepartments(text)));
        return true;
      case 'unit':
        all((d) => (d.unit = normalizeUnit(text)));
        return true;
      case 'counting': {
        const t = text.replace(/\s+/g, '');
        if (t !== '単年度' && t !== '累計') return 'neither 単年度 nor 累計';
        all((d) => (d.counting = t === '単年度' ? 'single-year' : 'cumulative'));
        return true;
      }
      case 'baseline': {
        const parsed = parseFigureText(text);
        if (!parsed) return decimalBoundsProblem(text) ?? 'not a figure';
        all((d) => {
          if (parsed.figure.value !== null)
            d.baseline = { value: parsed.figure.value, fiscalYear: role.fiscalYear };
          if (parsed.unit) d.valueUnits.push(parsed.unit);
        });
        return true;
      }
      case 'narrative':
        all((d) => (d.narrative = { fiscalYear: role.fiscalYear ?? this.year, text }));
        return true;
      case 'grade':
        all((d) => (d.printedGrade = text.replace(/\s+/g, '')));
        return true;
      case 'other': {
        // Kept as printed under its header, on the KPI of the column's block (栗原市 H22 効果額).
        if (column.label === '') return false;
        const g = this.groups.findIndex(
          (group) => group.label !== '' && group.label === column.block,
        );
        (drafts[g] ?? drafts[0])?.extras.push({ label: column.label, text });
        return true;
      }
      case 'policy':
      case 'theme':
        return false;
      case 'actual':
      case 'cumulative':
      case 'target':
      case 'rate':
        return this.placeGroupCell(drafts, column, text);
    }
  }

  private placeGroupCell(drafts: KpiDraft[], column: Column, text: string): boolean | string {
    const g = this.groups.findIndex((group) =>
      [
        group.rate,
        group.target,
        ...group.milestones,
        ...group.actuals,
        ...group.cumulative,
      ].includes(column),
    );
    const draft = drafts[g];
    if (!draft || !this.grouped.has(column)) return false;
    const role = column.role;
    if (role.kind === 'rate') {
      const printed = parsePrintedRate(text);
      if (!printed) return 'not a rate';
      draft.printedRate = printed;
      draft.printedRateText = text;
      return true;
    }
    if (role.kind === 'target' && /現状(値を)?維持|^維持$/.test(text.replace(/\s+/g, ''))) {
      draft.targetIsMaintain = true;
      return true;
    }
    const parsed = parseFigureText(text);
    if (!parsed) return decimalBoundsProblem(text) ?? 'not a figure';
    if (parsed.unit) draft.valueUnits.push(parsed.unit);
    const year = ('fiscalYear' in role ? role.fiscalYear : null) ?? this.year;
    if (role.kind === 'target' && this.groups[g]?.milestones.includes(column)) {
      draft.milestones.push(yearFigure(year, parsed.figure));
      return true;
    }
    if (role.kind === 'target') return this.placeTarget(draft, parsed, role.fiscalYear);
    const figure = yearFigure(year, parsed.figure);
    (role.kind === 'cumulative' ? draft.cumulativeActuals : draft.actuals).push(figure);
    return true;
  }

  private placeTarget(
    draft: KpiDraft,
    parsed: NonNullable<ReturnType<typeof parseFigureText>>,
    fiscalYear: FiscalYear | null,
  ): true {
    const value = parsed.figure.value;
    if (value === null) return true;
    const kind = parsed.bound ?? 'value';
    draft.target = { kind, value, fiscalYear };
    draft.targetIsReduction = parsed.reduction;
    return true;
  }

  private continuation(
    row: GridRow,
    aligned: readonly string[],
    labelIndex: number,
    label: 'cumulative' | 'total' | 'department',
    shift: number,
  ): void {
    const drafts = this.current ?? [];
    const draft = drafts[0];
    const group = this.groups[0];
    const labelText = (aligned[labelIndex] ?? '').trim();
    const values = aligned
      .map((text, index) => ({ text: text.trim(), index }))
      .filter((cell) => cell.index > labelIndex && cell.text !== '');
    const unplaceAll = (reason: string) =>
      [{ text: labelText, index: labelIndex }, ...values].forEach((cell) =>
        this.unplace(row.row, cell.index - shift, cell.text, reason),
      );
    if (!draft || !group) return unplaceAll('a continuation row before any KPI');
    const yearly = continuationFigures(values, group, this.year, labelText);
    if (typeof yearly === 'string') return unplaceAll(yearly);
    if (label === 'cumulative') draft.cumulativeActuals.push(...yearly);
    else if (label === 'total') draft.totalRows.push(yearly);
    else draft.departmentRows.push({ department: labelText, actuals: yearly });
  }

  plan(name: string): { plan: Omit<Plan, 'ratePrecision' | 'gradeScale'>; kpis: ImportedKpi[] } {
    const kpis: ImportedKpi[] = [];
    const policies: BasicPolicy[] = this.policies.map((policy) => ({
      number: policy.number,
      name: policy.name,
      themes: policy.themes.map((theme) => ({
        number: theme.number,
        name: theme.name,
        actionItems: theme.actionItems,
        kpis: theme.kpis.flat().map((draft) => {
          const imported = finishKpi(draft, this.year, this.problems, this.file);
          kpis.push(imported);
          return imported.kpi;
        }),
      })),
    }));
    return { plan: { name, ...planPeriod(this.header, kpis), policies }, kpis };
  }
}

/**
 * Reads a KPI progress table (already split into cells) into a plan: finds the header rows,
 * maps columns by meaning, repairs rows that PDF extraction shifted or broke, and accounts for
 * every non-empty cell (placed in the plan or listed as unplaced with its row and column).
 * Throws ImportError only when the grid is not a progress table at all.
 */
export function importReportTable(grid: Grid, options: ImportOptions = {}): ImportedReport {
  const rows = contentRows(grid.rows);
  if (rows.length === 0) throw new ImportError(grid.file, 'the file has no rows');
  const found = findHeader(rows);
  if (!found) {
    throw new ImportError(
      grid.file,
      'no header row found (expected columns such as 指標, 実績値, 目標値, 達成率)',
      {
        row: rows[0]?.row ?? 1,
      },
    );
  }
  const { header, dataStart } = found;
  const fiscalYear = options.fiscalYear ?? reportYear(header);
  if (fiscalYear === undefined) {
    throw new ImportError(grid.file, 'the headers name no fiscal year; give one (--fy R5)', {
      row: header.rows[0]?.row ?? 1,
    });
  }
  if (!header.columns.some((c) => c.role.kind === 'actual')) {
    throw new ImportError(grid.file, 'no column of actual values (実績値) found in the header', {
      row: header.rows[0]?.row ?? 1,
    });
  }
  const reader = new TableReader(grid.file, header, fiscalYear);
  for (const row of rows.slice(dataStart)) reader.read(row);
  const name = options.planName ?? grid.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const { plan, kpis } = reader.plan(name);
  const ratePrecision = inferRatePrecision(
    kpis.flatMap((k) => (k.printedRate ? [k.printedRate] : [])),
  );
  return {
    file: grid.file,
    fiscalYear,
    plan: { ...plan, ratePrecision, gradeScale: DEFAULT_GRADE_SCALE },
    kpis,
    unplaced: reader.unplaced,
    problems: reader.problems,
  };
}

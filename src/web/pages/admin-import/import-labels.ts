import type { ColumnRoleName } from '../../../domain/column-role-name.ts';
import type { FiscalYearSource, RowKindName } from '../../../domain/row-kind-name.ts';
import type { MessageKey } from '../../i18n/messages-ja.ts';

/** Each column role in the reader's words, for the role select. */
export const ROLE_LABEL: Readonly<Record<ColumnRoleName, MessageKey>> = {
  policy: 'role_policy',
  theme: 'role_theme',
  kpi: 'role_kpi',
  department: 'role_department',
  unit: 'role_unit',
  counting: 'role_counting',
  baseline: 'role_baseline',
  actual: 'role_actual',
  cumulative: 'role_cumulative',
  target: 'role_target',
  rate: 'role_rate',
  difference: 'role_difference',
  grade: 'role_grade',
  narrative: 'role_narrative',
  other: 'role_other',
  ignore: 'role_ignore',
};

export const ROW_KIND_LABEL: Readonly<Record<RowKindName, MessageKey>> = {
  title: 'rowKind_title',
  header: 'rowKind_header',
  kpi: 'rowKind_kpi',
  wrapped: 'rowKind_wrapped',
  subtotal: 'rowKind_subtotal',
  'grand-total': 'rowKind_grand_total',
  cumulative: 'rowKind_cumulative',
  total: 'rowKind_total',
  department: 'rowKind_department',
  heading: 'rowKind_heading',
  duplicate: 'rowKind_duplicate',
  note: 'rowKind_note',
  stray: 'rowKind_stray',
};

export const YEAR_SOURCE_LABEL: Readonly<Record<FiscalYearSource, MessageKey>> = {
  option: 'importSource_option',
  header: 'importSource_header',
  title: 'importSource_title',
  inferred: 'importSource_inferred',
};

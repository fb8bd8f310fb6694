import type { FiscalYear } from '../../../domain/fiscal-year.ts';
import { parseFiscalYear } from '../../../domain/fiscal-year.ts';
import { TextField } from '../../components/text-field.tsx';
import type { Translate } from '../../i18n/i18n.ts';
import { useView } from '../../view-context.tsx';

type Change = (event: { target: { value: string } }) => void;
type ErrorFor = (field: string) => string | null;

/**
 * A dated change as typed, read before it is sent: the year it takes effect and why, or the
 * field to fix with what to say there (a year such as R7, a reason not empty).
 */
export function readDatedChange(
  from: string,
  reason: string,
  t: Translate,
):
  | { readonly from: FiscalYear; readonly reason: string }
  | { readonly field: 'from' | 'reason'; readonly text: string } {
  const year = parseFiscalYear(from.trim());
  if (year === undefined) return { field: 'from', text: t('lifeYearInvalid') };
  if (reason.trim() === '') return { field: 'reason', text: t('lifeReasonMissing') };
  return { from: year, reason: reason.trim() };
}

/**
 * The two fields every dated change of the plan asks (issue 20): from which fiscal year it
 * takes effect, and why. Ids `${prefix}-from` and `${prefix}-reason`.
 */
export function DatedChangeFields(props: {
  prefix: string;
  from: string;
  reason: string;
  onFrom: Change;
  onReason: Change;
  errorFor: ErrorFor;
}) {
  const { t } = useView();
  return (
    <>
      <TextField
        id={`${props.prefix}-from`}
        label={t('lifeFromLabel')}
        hint={t('lifeFromHint')}
        value={props.from}
        onChange={props.onFrom}
        error={props.errorFor('from')}
      />
      <TextField
        id={`${props.prefix}-reason`}
        label={t('lifeReasonLabel')}
        value={props.reason}
        onChange={props.onReason}
        error={props.errorFor('reason')}
      />
    </>
  );
}

/** A KPI's target and baseline, each with its year, as typed (`270,000`, `R8`). */
export interface TargetBaselineValues {
  readonly target: string;
  readonly targetYear: string;
  readonly baseline: string;
  readonly baselineYear: string;
}

/** The target and baseline fields of a KPI's definition. Ids `${prefix}-target` and so on. */
export function TargetBaselineFields(props: {
  prefix: string;
  values: TargetBaselineValues;
  set: (name: keyof TargetBaselineValues) => Change;
  errorFor: ErrorFor;
  /** The target's label where it says more (「新しい目標値（m²）」). */
  targetLabel?: string;
}) {
  const { t } = useView();
  const { prefix, values, set, errorFor } = props;
  return (
    <>
      <TextField
        id={`${prefix}-target`}
        label={props.targetLabel ?? t('planAdminTarget')}
        inputMode="decimal"
        value={values.target}
        onChange={set('target')}
        error={errorFor('target')}
      />
      <TextField
        id={`${prefix}-target-year`}
        label={t('planAdminTargetYear')}
        hint="R8"
        value={values.targetYear}
        onChange={set('targetYear')}
      />
      <TextField
        id={`${prefix}-baseline`}
        label={t('planAdminBaseline')}
        inputMode="decimal"
        value={values.baseline}
        onChange={set('baseline')}
        error={errorFor('baseline')}
      />
      <TextField
        id={`${prefix}-baseline-year`}
        label={t('planAdminBaselineYear')}
        hint="R1"
        value={values.baselineYear}
        onChange={set('baselineYear')}
      />
    </>
  );
}

import type { ReportRow } from '../../../domain/plan-report.ts';
import type { MessageKey } from '../../i18n/messages-ja.ts';
import { groupDigits } from '../../../domain/digit-grouping.ts';
import { useView } from '../../view-context.tsx';
import { BASIS_WORDS, ruleWords } from './rate-words.ts';

const NO_RATE: Record<NonNullable<ReportRow['noRateReason']>, MessageKey> = {
  'no-target': 'noRateNoTarget',
  'no-actual': 'noRateNoActual',
  'no-baseline': 'noRateNoBaseline',
  'division-by-zero': 'noRateDivision',
  'not-reported': 'noRateNotReported',
  'no-year-plan': 'noRateNoYearPlan',
};

/**
 * How the rate was computed: direction, basis, and the formula with the API's numbers filled in
 * (⑦ 264,000 ÷ 283,179 = 93.23% → 93%). Nothing is recomputed here.
 */
export function RateExplanation(props: { row: ReportRow }) {
  const { t } = useView();
  const { row } = props;
  const e = row.explanation;
  let formula: string;
  if (e === null) {
    formula = t('computedNone', { reason: t(NO_RATE[row.noRateReason ?? 'no-actual']) });
  } else if (e.numeratorTerms && e.denominatorTerms) {
    formula = t('computedProgress', {
      measured: groupDigits(e.numeratorTerms[0] ?? ''),
      baseline: groupDigits(e.numeratorTerms[1] ?? ''),
      target: groupDigits(e.denominatorTerms[0] ?? ''),
      numerator: groupDigits(e.numerator),
      denominator: groupDigits(e.denominator),
      exact: e.exactPercent,
      rate: e.rate,
    });
  } else {
    formula = t('computedAs', {
      numerator: groupDigits(e.numerator),
      denominator: groupDigits(e.denominator),
      exact: e.exactPercent,
      rate: e.rate,
    });
  }
  return (
    <section className="section card" aria-labelledby="how-computed">
      <h2 id="how-computed">{t('howComputed')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('direction')}</dt>
          <dd>{t(ruleWords(row))}</dd>
        </div>
        <div>
          <dt>{t('basis')}</dt>
          <dd>{t(BASIS_WORDS[row.basis])}</dd>
        </div>
      </dl>
      <p className="formula" data-testid="rate-formula">
        {formula}
      </p>
    </section>
  );
}

import type { Decimal } from '../../domain/decimal.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { lineRatio, seriesLine, type SeriesLine } from '../../domain/line-ratio.ts';
import type { Kpi, Plan } from '../../domain/model.ts';
import type { Rounding } from '../../domain/rate-format.ts';

/** A line of printed percentages found to be the ratio of two other lines of its group. */
export interface RatioLineReading {
  /** The percentages' KPI, and the two lines it is of (numerator ÷ denominator), by code. */
  readonly code: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly rounding: Rounding;
  /** The years whose printed percentage the two lines reproduce: all it prints. */
  readonly years: number;
}

/** A group larger than this is not searched pair by pair (a 5,000-KPI table's groups are not). */
const MOST_LINES = 12;

const yearly = (kpi: Kpi): Map<FiscalYear, Decimal> =>
  new Map(
    kpi.actuals.flatMap((a) => (a.figure.value === null ? [] : [[a.fiscalYear, a.figure.value]])),
  );

/** The two letters a line's code names it the ratio of (「B/A」, 「(B)÷(A)」), or none. */
function namedPair(code: string): { numerator: string; denominator: string } | undefined {
  const match = /^\(?([A-Z])\)?[/÷]\(?([A-Z])\)?$/.exec(code);
  return match?.[1] && match[2] ? { numerator: match[1], denominator: match[2] } : undefined;
}

/**
 * The lines of percentages each of which two other lines of its group give, year by year (a
 * 介護保険事業計画's 高齢化率 of its 高齢者人口 and 総人口, a city's 待機率 of its 待機児童数 and
 * 入所児童数): the printed percentages checked against the lines they are of, found by the
 * figures (`domain/line-ratio.ts`), or by the letters of a line coded 「B/A」. A group is the
 * KPIs of one theme; one of more than a dozen lines is not searched, nor a line with a target.
 */
export function ratioLines(plan: Pick<Plan, 'policies'>): RatioLineReading[] {
  const found: RatioLineReading[] = [];
  for (const policy of plan.policies) {
    for (const theme of policy.themes) {
      // A line with a target of its own is a KPI measured against it, not a share of two others.
      const shares = theme.kpis.filter((k) => k.unit === '%' && k.target === null);
      if (shares.length === 0 || theme.kpis.length > MOST_LINES) continue;
      const lines: SeriesLine[] = theme.kpis
        .filter((k) => k.unit !== '%')
        .map((k) => seriesLine(k.code, yearly(k)));
      for (const share of shares) {
        const ratio = lineRatio(yearly(share), lines, namedPair(share.code));
        if (ratio !== null) found.push({ code: share.code, ...ratio });
      }
    }
  }
  return found;
}

import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { yearLabel } from '../format/year-label.ts';
import { Link } from '../routing/link.tsx';
import { useView } from '../view-context.tsx';

/** What a page of a year without figures says, in place of another year's rates. */
export function YearWithoutData(props: { year: FiscalYear; years: readonly FiscalYear[] }) {
  const { t, lang, here } = useView();
  return (
    <div className="status status--empty year-without-data" role="status">
      <p>{t('yearWithoutData', { year: yearLabel(props.year, lang) })}</p>
      {props.years.length === 0 ? (
        <p>{t('noYearsYet')}</p>
      ) : (
        <p>
          <Link className="button" href={here({ fy: null })}>
            {t('latestYear')}
          </Link>
        </p>
      )}
    </div>
  );
}

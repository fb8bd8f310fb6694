import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { yearLabel } from '../format/year-label.ts';
import { Link } from '../routing/link.tsx';
import { useView } from '../view-context.tsx';

/**
 * Links to the same view in each fiscal year with figures, 令和 and western years together;
 * a member sees the years visitors cannot marked 未公開.
 */
export function YearSwitcher(props: {
  years: readonly FiscalYear[];
  current: FiscalYear;
  unpublished?: ReadonlySet<FiscalYear> | undefined;
}) {
  const { t, lang, here } = useView();
  if (props.years.length === 0) return null;
  return (
    <nav className="year-switcher" aria-label={t('yearSwitcher')}>
      <span className="year-switcher__label" aria-hidden="true">
        {t('fiscalYear')}
      </span>
      <ul>
        {props.years.map((year) => (
          <li key={year}>
            <Link
              href={here({ fy: String(year) })}
              aria-current={year === props.current ? 'page' : undefined}
            >
              {yearLabel(year, lang)}
              {props.unpublished?.has(year) && (
                <span className="year-switcher__unpublished"> {t('unpublished')}</span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

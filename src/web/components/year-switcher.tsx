import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { yearLabel } from '../format/year-label.ts';
import { Link } from '../routing/link.tsx';
import { useView } from '../view-context.tsx';

/** Links to the same view in each fiscal year with figures, 令和 and western years together. */
export function YearSwitcher(props: { years: readonly FiscalYear[]; current: FiscalYear }) {
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
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

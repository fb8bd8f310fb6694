import type { ReactNode } from 'react';
import { createContext, useContext, useMemo } from 'react';
import type { MessageKey } from './i18n/messages-ja.ts';
import type { Lang, Params, Translate } from './i18n/i18n.ts';
import { parseLang, translate } from './i18n/i18n.ts';
import type { Route } from './routing/route.ts';
import { routePath } from './routing/route.ts';
import { withParams } from './routing/location.ts';

/** Params kept when moving between screens: the language, the fiscal year, drafts counted. */
const CARRIED = ['lang', 'fy', 'drafts'] as const;

export interface View {
  readonly lang: Lang;
  readonly t: Translate;
  readonly pathname: string;
  readonly search: URLSearchParams;
  /** This screen's URL with some params changed. */
  readonly here: (changes: Readonly<Record<string, string | null>>) => string;
  /** Another screen's URL, keeping the language and year (and any params given). */
  readonly to: (route: Route, params?: Readonly<Record<string, string | null>>) => string;
}

const ViewContext = createContext<View | null>(null);

export function ViewProvider(props: {
  pathname: string;
  search: URLSearchParams;
  children: ReactNode;
}) {
  const { pathname, search } = props;
  const view = useMemo<View>(() => {
    const lang = parseLang(search.get('lang'));
    const carried = new URLSearchParams();
    for (const key of CARRIED) {
      const value = search.get(key);
      if (value !== null) carried.set(key, value);
    }
    return {
      lang,
      t: (key: MessageKey, params?: Params) => translate(lang, key, params),
      pathname,
      search,
      here: (changes) => withParams(pathname, search, changes),
      to: (route, params = {}) => withParams(routePath(route), carried, params),
    };
  }, [pathname, search]);
  return <ViewContext.Provider value={view}>{props.children}</ViewContext.Provider>;
}

export function useView(): View {
  const view = useContext(ViewContext);
  if (view === null) throw new Error('useView outside ViewProvider');
  return view;
}

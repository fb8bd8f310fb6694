import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  EntryFormView,
  FigureHistoryView,
  NarrativeHistoryView,
} from '../../../domain/api-contract.ts';
import type { EntryDraft } from '../../../domain/entry-preview.ts';
import { formatFigureText } from '../../../domain/figure.ts';
import { parseFigureText } from '../../../domain/figure-text.ts';
import { apiPaths } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import { asApiError } from '../../api/api-error.ts';
import { useSession } from '../../session/session-context.tsx';

export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  /** `at`: when the server saved the last of it (its answer's updatedAt, an ISO time). */
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly error: ApiError };

interface Slot {
  text: string;
  version: number;
}

/** The text a figure is stored as ("282,000" is saved as 282000), or null when it is not one. */
export function storedFigureText(typed: string): string | null {
  const parsed = parseFigureText(typed);
  return parsed ? formatFigureText(parsed.figure) : null;
}

const AFTER_TYPING_MS = 1200;

/**
 * Saves the entry's draft to the server as the editor goes: a moment after the last keystroke,
 * each field that changed and reads as what it must be (a figure, a non-empty narrative), one
 * after another with the version the last save returned. `flush` saves now (before a submit).
 */
export function useAutosave(
  form: EntryFormView,
  draft: EntryDraft,
  enabled: boolean,
  onSaved: () => void = () => undefined,
): { status: SaveStatus; flush: () => Promise<boolean> } {
  const { send } = useSession();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const saved = useRef<Record<'figure' | 'cumulative' | 'narrative', Slot>>({
    figure: { text: form.figure?.text ?? '', version: form.figure?.version ?? 0 },
    cumulative: { text: form.cumulative?.text ?? '', version: form.cumulative?.version ?? 0 },
    narrative: { text: form.narrative?.text ?? '', version: form.narrative?.version ?? 0 },
  });
  const latest = useRef(draft);
  latest.current = draft;
  const running = useRef<Promise<boolean>>(Promise.resolve(true));
  const { planId, code } = { planId: form.plan.id, code: form.entry.code };
  const fy = form.round.fiscalYear;
  const department = form.slotDepartment;

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const now = latest.current;
    // Each step saves one field and says when the server saved it (null: it sent nothing back).
    const work: (() => Promise<string | null>)[] = [];
    const figureText = storedFigureText(now.figure);
    for (const series of ['figure', 'cumulative'] as const) {
      const typed = series === 'figure' ? figureText : storedFigureText(now.cumulative);
      const slot = saved.current[series];
      if (typed === null || typed === slot.text) continue;
      work.push(async () => {
        const answer = await send<FigureHistoryView>('PUT', apiPaths.figure(planId, code, fy), {
          value: typed,
          department,
          series: series === 'figure' ? 'actual' : 'cumulative',
          version: slot.version,
        });
        if (answer) saved.current[series] = { text: answer.text, version: answer.version };
        return answer?.updatedAt ?? null;
      });
    }
    const narrative = now.narrative.trim();
    if (narrative !== '' && narrative !== saved.current.narrative.text) {
      work.push(async () => {
        const answer = await send<NarrativeHistoryView>(
          'PUT',
          apiPaths.narrative(planId, code, fy),
          {
            text: narrative,
            department,
            version: saved.current.narrative.version,
          },
        );
        if (answer) saved.current.narrative = { text: answer.text, version: answer.version };
        return answer?.updatedAt ?? null;
      });
    }
    if (work.length === 0) return true;
    setStatus({ kind: 'saving' });
    try {
      let at: string | null = null;
      for (const step of work) at = (await step()) ?? at;
      setStatus(at === null ? { kind: 'idle' } : { kind: 'saved', at });
      onSaved();
      return true;
    } catch (error) {
      setStatus({ kind: 'failed', error: asApiError(error) });
      return false;
    }
  }, [send, planId, code, fy, department, onSaved]);

  const flush = useCallback(() => {
    running.current = running.current.then(saveOnce, saveOnce);
    return running.current;
  }, [saveOnce]);

  useEffect(() => {
    if (!enabled) return undefined;
    const timer = window.setTimeout(() => void flush(), AFTER_TYPING_MS);
    return () => window.clearTimeout(timer);
  }, [draft, enabled, flush]);

  return { status, flush };
}

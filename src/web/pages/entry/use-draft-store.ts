import type { EntryDraft } from '../../../domain/entry-preview.ts';

/**
 * Every keystroke of an entry kept on this device (localStorage) until it is submitted, so a
 * reload, a lost connection or a closed tab never loses typed text.
 */
export interface DraftStore {
  readonly read: () => EntryDraft | null;
  readonly write: (draft: EntryDraft) => void;
  readonly clear: () => void;
}

function isDraft(value: unknown): value is EntryDraft {
  if (typeof value !== 'object' || value === null) return false;
  const fields: Record<string, unknown> = { ...value };
  return (
    typeof fields.figure === 'string' &&
    typeof fields.cumulative === 'string' &&
    typeof fields.narrative === 'string' &&
    typeof fields.confirmedJump === 'boolean'
  );
}

export function draftStore(key: string): DraftStore {
  const name = `mieruka:entry:${key}`;
  return {
    read: () => {
      try {
        const text = window.localStorage.getItem(name);
        const parsed: unknown = text === null ? null : JSON.parse(text);
        return isDraft(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    write: (draft) => {
      try {
        window.localStorage.setItem(name, JSON.stringify(draft));
      } catch {
        // Storage full or disabled: the server's draft still holds what was saved.
      }
    },
    clear: () => {
      try {
        window.localStorage.removeItem(name);
      } catch {
        // Nothing kept, nothing to clear.
      }
    },
  };
}

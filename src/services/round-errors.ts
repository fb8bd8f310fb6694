import type { EntryState } from '../domain/entry-state.ts';
import { KnownError } from '../domain/error-kind.ts';

/**
 * An entry cannot move as asked from the state it is in (approve a draft, save a submitted
 * entry), or its year is locked because the round closed: 409, the message saying why in the
 * words the editor reads.
 */
export class EntryStateError extends KnownError {
  override readonly name = 'EntryStateError';
  readonly kind = 'entry_state' as const;
  constructor(
    message: string,
    readonly state: EntryState | null,
    readonly locked: boolean,
  ) {
    super(message);
  }
}

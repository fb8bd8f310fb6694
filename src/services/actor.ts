/**
 * Who is asking. Sign-in and roles arrive with the collection round (issue 5): until then every
 * caller is the local operator, and every write goes through `authorizeWrite`, the one place
 * where the role check (a department editor may change only its own KPIs) will go.
 */
export type Actor = { readonly kind: 'operator' };

export const OPERATOR: Actor = { kind: 'operator' };

/** Allows or refuses a write; the single plug-in point for roles. */
export function authorizeWrite(actor: Actor): void {
  switch (actor.kind) {
    case 'operator':
      return;
  }
}

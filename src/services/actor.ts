import { SYSTEM } from '../domain/access.ts';

export type { Actor } from '../domain/access.ts';

/** The server itself (seeding the demo plan) and tests that set data up directly. */
export const OPERATOR = SYSTEM;

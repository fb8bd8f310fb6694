import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config.ts';
import {
  ConflictError,
  DatabaseBusyError,
  DatabaseUnavailableError,
  DuplicateError,
  EntryOverwriteError,
  InvalidPlanError,
  MigrationError,
  NotFoundError,
  SnapshotError,
} from '../db/errors.ts';
import type { ErrorKind } from '../domain/error-kind.ts';
import { ERROR_KINDS } from '../domain/error-kind.ts';
import { ImportError } from '../io/import-problem.ts';
import type { Known } from '../services/known-errors.ts';
import {
  ForbiddenError,
  PublishedYearError,
  TooLargeError,
  TooManyAttemptsError,
  UnauthenticatedError,
  ValidationError,
} from '../services/service-errors.ts';
import { RendererUnavailableError } from '../services/pdf-renderer.ts';
import { EntryStateError } from '../services/round-errors.ts';
import { mapError } from './error-handler.ts';

/** One error of every kind with the status and code it must answer. */
const CASES: Record<ErrorKind, [Known, number, string]> = {
  validation: [new ValidationError('value', 'not a figure'), 400, 'validation'],
  import: [new ImportError('a.tsv', 'no header', { row: 3, column: 2 }), 400, 'import'],
  invalid_plan: [new InvalidPlanError('KPI ⑦ twice'), 400, 'validation'],
  unauthenticated: [new UnauthenticatedError('sign in first'), 401, 'unauthenticated'],
  forbidden: [new ForbiddenError('not your department'), 403, 'forbidden'],
  not_found: [new NotFoundError('KPI', '㉟'), 404, 'not_found'],
  version_conflict: [new ConflictError('stale', 1, 2), 409, 'conflict'],
  duplicate: [new DuplicateError('code', 'taken'), 409, 'conflict'],
  entry_overwrite: [new EntryOverwriteError([]), 409, 'conflict'],
  entry_state: [new EntryStateError('locked', 'approved', true), 409, 'conflict'],
  published_year: [new PublishedYearError('from', [2023], 'R5 is published'), 409, 'conflict'],
  too_large: [new TooLargeError('plan', 'over 4 KB'), 413, 'too_large'],
  rate_limited: [new TooManyAttemptsError(90), 429, 'rate_limited'],
  database_busy: [new DatabaseBusyError('busy'), 503, 'unavailable'],
  database_unavailable: [new DatabaseUnavailableError('down'), 500, 'internal'],
  renderer_unavailable: [new RendererUnavailableError('no Chromium'), 503, 'unavailable'],
  migration: [new MigrationError('diverged'), 500, 'internal'],
  snapshot: [new SnapshotError('bad'), 500, 'internal'],
  config: [new ConfigError('PORT'), 500, 'internal'],
};

describe('mapError', () => {
  it.each(ERROR_KINDS.map((kind) => [kind, ...CASES[kind]] as const))(
    '%s → %i',
    (kind, error, status, code) => {
      expect(error.kind).toBe(kind);
      const mapped = mapError(error);
      expect(mapped.status).toBe(status);
      expect(mapped.body.error.code).toBe(code);
    },
  );

  it('says when to come back after a refusal that passes', () => {
    expect(mapError(new TooManyAttemptsError(90)).headers).toEqual({ 'retry-after': '90' });
    expect(mapError(new DatabaseBusyError('busy')).headers).toEqual({ 'retry-after': '1' });
  });

  it('answers anything unknown with a plain 500 that leaks nothing', () => {
    expect(mapError(new Error('secret detail'))).toEqual({
      status: 500,
      body: { error: { code: 'internal', message: 'internal server error' } },
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../domain/api-contract.ts';
import type { Translate } from '../i18n/i18n.ts';
import { translate } from '../i18n/i18n.ts';
import { auditActionText, auditActorText, auditFieldText } from './audit-labels.ts';

const t: Translate = (key, params) => translate('ja', key, params);

const entry = (changes: Partial<AuditEntryView>): AuditEntryView => ({
  id: 1,
  at: '2025-04-01T00:00:00.000Z',
  actor: 'kikaku@example.jp',
  actorName: '企画 花子',
  address: '127.0.0.1',
  action: 'narrative.enter',
  planId: 1,
  entity: 'narrative',
  kpiCode: '⑦',
  fiscalYear: null,
  field: 'narrative',
  oldValue: null,
  newValue: null,
  ...changes,
});

describe('audit labels', () => {
  it('names a narrative entered on ⑦ by the editor of 企画課', () => {
    const e = entry({});
    expect(auditActionText(e, t)).toBe('取組内容の入力');
    expect(auditFieldText(e, t)).toBe('取組内容等');
    expect(auditActorText(e)).toBe('企画 花子（kikaku@example.jp）');
  });

  it('names a record change by its entity, and keeps an unknown action as it is', () => {
    expect(auditActionText(entry({ action: 'kpi.change', field: 'title' }), t)).toBe('KPIの変更');
    expect(auditActionText(entry({ action: 'round.open' }), t)).toBe('round.open');
  });

  it('shows the command line by its label', () => {
    expect(auditActorText(entry({ actor: 'cli:tanaka', actorName: null }))).toBe('cli:tanaka');
  });

  it('names a department’s figure by the department', () => {
    expect(auditFieldText(entry({ action: 'figure.enter', field: '上下水道課' }), t)).toBe(
      '上下水道課',
    );
  });
});

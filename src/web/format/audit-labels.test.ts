import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../domain/api-contract.ts';
import type { Translate } from '../i18n/i18n.ts';
import { translate } from '../i18n/i18n.ts';
import { auditActionText, auditActorText, auditFieldText, auditValueText } from './audit-labels.ts';

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
    expect(auditActionText(entry({ action: 'round.sweep' }), t)).toBe('round.sweep');
  });

  it('names an evaluation by its level, and a plan’s scheme change (issue 21)', () => {
    const external = entry({ action: 'evaluation.write', field: 'external' });
    expect(auditActionText(external, t)).toBe('評価の記入');
    expect(auditFieldText(external, t)).toBe('外部評価（外部評価委員）');
    expect(auditFieldText(entry({ action: 'plan.change', field: 'evaluation scheme' }), t)).toBe(
      '評価の区分と公表',
    );
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

describe('a round’s moves in Japanese words', () => {
  const move = (action: string, oldValue: string, newValue: string) =>
    entry({ action, entity: 'entry', field: '企画課', oldValue, newValue });

  it('names each move of ⑦ and the states it went between, with the comment', () => {
    const returned = move('entry.return', 'submitted', 'returned: 内訳を追記してください');
    expect(auditActionText(returned, t)).toBe('差戻し');
    expect(auditValueText(returned, 'submitted', t)).toBe('提出済');
    expect(auditValueText(returned, 'returned: 内訳を追記してください', t)).toBe(
      '差戻し：内訳を追記してください',
    );
    expect(auditActionText(move('entry.submit', 'draft', 'submitted'), t)).toBe('提出');
    expect(auditActionText(move('entry.approve', 'submitted', 'approved'), t)).toBe('承認');
    expect(auditActionText(move('entry.reopen', 'approved', 'draft: 訂正'), t)).toBe('再開');
    expect(auditActionText(entry({ action: 'round.close', entity: 'round' }), t)).toBe(
      '照会の締切',
    );
    expect(auditValueText(entry({ entity: 'round' }), 'closed', t)).toBe('締切済');
  });

  it('leaves a figure’s value as entered, even one that reads like a state', () => {
    expect(auditValueText(entry({ entity: 'figure' }), 'draft', t)).toBe('draft');
  });
});

import type { AuditEntryView } from '../../domain/api-contract.ts';
import type { MessageKey } from '../i18n/messages-ja.ts';
import type { Translate } from '../i18n/i18n.ts';
import { ENTRY_STATE_KEY } from '../components/entry-state-badge.tsx';
import { LEVEL_LABEL } from './evaluation-labels.ts';

/** Actions the audit log names by themselves (services/…: figure.enter, session.sign_in …). */
const ACTIONS: Readonly<Record<string, MessageKey>> = {
  'figure.enter': 'auditActionFigure',
  'narrative.enter': 'auditActionNarrative',
  'plan.import': 'auditActionImport',
  'year.publish': 'auditActionPublish',
  'year.withdraw': 'auditActionWithdraw',
  'session.sign_in': 'auditActionSignIn',
  'session.sign_out': 'auditActionSignOut',
  'session.refused': 'auditActionRefused',
  'session.limited': 'auditActionLimited',
  'account.password': 'auditActionPassword',
  'kpi.revise': 'auditActionKpiRevise',
  'kpi.retire': 'auditActionKpiRetire',
  'entry.save': 'auditActionEntrySave',
  'entry.submit': 'auditActionEntrySubmit',
  'entry.return': 'auditActionEntryReturn',
  'entry.approve': 'auditActionEntryApprove',
  'entry.reopen': 'auditActionEntryReopen',
  'entry.import': 'auditActionEntryImport',
  'round.open': 'auditActionRoundOpen',
  'round.close': 'auditActionRoundClose',
  'import.mapping': 'auditActionImportMapping',
  'account.password_refused': 'auditActionPasswordRefused',
  'account.password_limited': 'auditActionPasswordLimited',
  'evaluation.write': 'auditActionEvaluation',
};

/** The states an entry's moves record (`draft`, `submitted: 理由`), and a round's. */
const STATES: Readonly<Record<string, MessageKey>> = {
  ...ENTRY_STATE_KEY,
  open: 'roundStateOpen',
  closed: 'roundStateClosed',
};

/** Entities of `<entity>.add` and `<entity>.change` entries. */
const ENTITIES: Readonly<Record<string, MessageKey>> = {
  plan: 'entityPlan',
  policy: 'entityPolicy',
  theme: 'entityTheme',
  kpi: 'entityKpi',
  account: 'entityAccount',
};

/** Fields a figure or narrative entry names: the KPI's own row (a department names itself). */
const FIELDS: Readonly<Record<string, MessageKey>> = {
  actual: 'seriesActual',
  narrative: 'colNarrative',
  target: 'colTarget',
  baseline: 'colBaseline',
  unit: 'colUnit',
  reason: 'lifeReason',
  retired: 'auditFieldRetired',
  replacedBy: 'lifeReplacedBy',
  from: 'lifeFrom',
  // An evaluation entry names its level (issue 21); a plan change its scheme.
  ...LEVEL_LABEL,
  'evaluation scheme': 'auditFieldEvaluationScheme',
};

/** What an entry did, in the reader's language; an action this app does not know shows as is. */
export function auditActionText(entry: AuditEntryView, t: Translate): string {
  const known = ACTIONS[entry.action];
  if (known) return t(known);
  const [entity = '', verb] = entry.action.split('.');
  const entityKey = ENTITIES[entity];
  const entityText = entityKey ? t(entityKey) : entity;
  if (verb === 'add') return t('auditActionAdd', { entity: entityText });
  if (verb === 'change') return t('auditActionChange', { entity: entityText });
  return entry.action;
}

/** The field an entry changed (実績値, 取組内容, a department, or the record's own field name). */
export function auditFieldText(entry: AuditEntryView, t: Translate): string {
  if (entry.field === null) return '';
  const known = FIELDS[entry.field];
  return known ? t(known) : entry.field;
}

/**
 * A value an entry recorded, in the reader's words: a round's move names states (`submitted`
 * → 提出済, `returned: 理由` → 差戻し：理由); any other value is shown as stored.
 */
export function auditValueText(entry: AuditEntryView, value: string, t: Translate): string {
  if (entry.entity !== 'entry' && entry.entity !== 'round') return value;
  const match = /^([a-z_]+)(?:: ([\s\S]*))?$/.exec(value);
  const key = match?.[1] === undefined ? undefined : STATES[match[1]];
  if (key === undefined) return value;
  return match?.[2] === undefined ? t(key) : `${t(key)}：${match[2]}`;
}

/** Who acted: the account's name with its e-mail, or the label of the command line or system. */
export function auditActorText(entry: AuditEntryView): string {
  return entry.actorName === null ? entry.actor : `${entry.actorName}（${entry.actor}）`;
}

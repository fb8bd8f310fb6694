import type { FormEvent } from 'react';
import { useState } from 'react';
import type { KpiDetailView } from '../../../domain/api-contract.ts';
import { groupDigits } from '../../../domain/digit-grouping.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { DIRECTIONS } from '../../../domain/model.ts';
import { apiPaths } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import type { Explain } from '../../api/use-mutation.ts';
import { besideField, useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { withUnit } from '../../format/number-text.ts';
import { yearLabel } from '../../format/year-label.ts';
import { apiErrorMessage } from '../../i18n/api-error-message.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { Link } from '../../routing/link.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';
import {
  DatedChangeFields,
  readDatedChange,
  TargetBaselineFields,
} from '../plan-admin/dated-change-fields.tsx';
import { RateRuleFields } from './rate-rule-fields.tsx';
import { BASIS_WORDS, DIRECTION_WORDS, ruleWords } from './rate-words.ts';

/*
 * A KPI over the plan's years (issue 20): the definitions it had and from when, why each
 * changed, when it started or ended and which KPI carries its series on; and, for the planning
 * division, the mid-term review's changes, each asking from which year and why.
 */

/** The KPI's life, for everyone: a published report's later changes are dated and explained. */
export function KpiLife(props: { planId: number; detail: KpiDetailView }) {
  const { t, lang, to } = useView();
  const { life, row } = props.detail;
  const link = (code: string) => (
    <Link href={to({ page: 'kpi', planId: props.planId, code })}>{code}</Link>
  );
  const { continues, continuedBy } = props.detail.continuation;
  const planLink = (other: { planId: number; planName: string; code: string }) => (
    <Link href={to({ page: 'kpi', planId: other.planId, code: other.code })}>
      {t('lifeOtherPlanKpi', { plan: other.planName, code: other.code })}
    </Link>
  );
  const changed =
    life.definitions.length > 1 ||
    life.places.length > 0 ||
    life.from !== null ||
    life.until !== null;
  const linked = continues !== null || continuedBy.length > 0;
  if (!changed && life.replaces.length === 0 && !linked) return null;
  // The rate's rule and the basis it is measured on, each shown where a definition changed it.
  const ruleChanged = new Set(life.definitions.map((d) => ruleWords(d))).size > 1;
  const basisChanged = new Set(life.definitions.map((d) => d.basis)).size > 1;
  const target = (d: KpiDetailView['life']['definitions'][number]) =>
    d.target === null
      ? '-'
      : `${withUnit(groupDigits(d.target.value), d.unit)}${d.target.fiscalYear === null ? '' : `（${yearLabel(d.target.fiscalYear, lang)}）`}`;
  return (
    <section className="section card" aria-labelledby="kpi-life">
      <h2 id="kpi-life">{t('lifeTitle')}</h2>
      <ul className="kpi-life__span">
        {life.from !== null && <li>{t('lifeAddedFrom', { year: yearLabel(life.from, lang) })}</li>}
        {life.until !== null && (
          <li>
            {t('lifeRetiredFrom', { year: yearLabel(life.until, lang) })}
            {life.replacedBy !== null && (
              <>
                {' '}
                {t('lifeReplacedBy')} {link(life.replacedBy)}
              </>
            )}
          </li>
        )}
        {continues !== null && (
          <li>
            {t('lifeContinues')}
            {planLink(continues)}
          </li>
        )}
        {continuedBy.map((next) => (
          <li key={`${next.planId}-${next.code}`}>
            {t('lifeContinuedBy')}
            {planLink(next)}
          </li>
        ))}
        {life.replaces.length > 0 && (
          <li>
            {t('lifeReplaces')}{' '}
            {life.replaces.map((code, i) => (
              <span key={code}>
                {i > 0 && '・'}
                {link(code)}
              </span>
            ))}
          </li>
        )}
      </ul>
      {life.definitions.length > 1 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="kpi-definitions">
            <caption>{t('lifeDefinitions', { code: row.code })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lifeFrom')}</th>
                <th scope="col">{t('colKpi')}</th>
                <th scope="col">{t('colTarget')}</th>
                {ruleChanged && <th scope="col">{t('lifeFormulaLabel')}</th>}
                {basisChanged && <th scope="col">{t('lifeBasisLabel')}</th>}
                <th scope="col">{t('lifeReason')}</th>
              </tr>
            </thead>
            <tbody>
              {life.definitions.map((d) => (
                <tr key={d.fromYear ?? 0}>
                  <th scope="row" className="nowrap">
                    {d.fromYear === null
                      ? t('lifeFromStart')
                      : t('lifeFromYear', { year: yearLabel(d.fromYear, lang) })}
                  </th>
                  <td>{d.title}</td>
                  <td className="nowrap">{target(d)}</td>
                  {ruleChanged && <td>{t(ruleWords(d))}</td>}
                  {basisChanged && <td>{t(BASIS_WORDS[d.basis])}</td>}
                  <td>{d.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {life.places.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="kpi-places">
            <caption>{t('lifePlaces', { code: row.code })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lifeFrom')}</th>
                <th scope="col">{t('lifePlaceWhat')}</th>
                <th scope="col">{t('lifePlaceChange')}</th>
                <th scope="col">{t('lifeReason')}</th>
              </tr>
            </thead>
            <tbody>
              {life.places.map((p, i) => (
                <tr key={`${p.field}-${p.fromYear}-${i}`}>
                  <th scope="row" className="nowrap">
                    {t('lifeFromYear', { year: yearLabel(p.fromYear, lang) })}
                  </th>
                  <td>
                    {t(p.field === 'departments' ? 'lifePlaceDepartments' : 'lifePlaceTheme')}
                  </td>
                  <td>
                    {p.before} → {p.after}
                  </td>
                  <td>{p.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * A change refused because it reaches a published year (409 naming `from`, or the field that
 * holds the year: a milestone's `fy`), in the admin's words; null for any other refusal. The
 * KPI page's forms and the plan's page share it.
 */
export const explainPublishedYear =
  (t: Translate, yearField = 'from') =>
  (error: ApiError, field: string | null): string | null =>
    error.code === 'conflict' && field === yearField ? t('lifePublishedYear') : null;

/** The fields of the mid-term review that say a refusal beside themselves (the rest above it). */
const SAID_BESIDE = ['from', 'reason', 'replacedBy', 'target', 'title', 'unit', 'tags', 'baseline'];

/** A refused change in the admin's words: a published year, a missing reason, a wrong value. */
const explainChange =
  (t: Translate): Explain =>
  (error, field) => {
    const text = explainPublishedYear(t)(error, field) ?? apiErrorMessage(error, t);
    return field !== null && SAID_BESIDE.includes(field) ? { field, text } : text;
  };

type Action = 'revise' | 'retire';

type DefinitionFields = {
  title: string;
  unit: string;
  /** The tags as typed, separated by 、 or commas (★ marks a KPI of the comprehensive plan). */
  tags: string;
  direction: string;
  basis: string;
  formula: string;
  target: string;
  targetYear: string;
  baseline: string;
  baselineYear: string;
};

/** Tags typed as 「★、重点」 or 「★, 重点」: each once, in the order typed. */
function tagList(text: string): string[] {
  return [...new Set(text.split(/[、,，\s]+/).filter((tag) => tag !== ''))];
}

/** The fields the admin changed, as POST …/revisions takes them (a value typed with commas). */
function revisionPatch(
  before: DefinitionFields,
  after: DefinitionFields,
  row: KpiDetailView['row'],
): Record<string, unknown> {
  const number = (text: string) => text.replaceAll(',', '').trim();
  const year = (text: string) => (text.trim() === '' ? null : text.trim());
  const patch: Record<string, unknown> = {};
  if (after.title.trim() !== before.title) patch.title = after.title.trim();
  if (after.unit.trim() !== before.unit) patch.unit = after.unit.trim();
  const tags = tagList(after.tags);
  if (tags.join('、') !== tagList(before.tags).join('、')) patch.tags = tags;
  if (after.direction !== before.direction) patch.direction = after.direction;
  if (after.basis !== before.basis) patch.basis = after.basis;
  if (after.formula !== before.formula) patch.formula = after.formula;
  if (number(after.target) !== number(before.target) || after.targetYear !== before.targetYear) {
    patch.target =
      number(after.target) === ''
        ? null
        : {
            kind: row.target?.kind ?? 'value',
            value: number(after.target),
            fiscalYear: year(after.targetYear),
          };
  }
  if (
    number(after.baseline) !== number(before.baseline) ||
    after.baselineYear !== before.baselineYear
  ) {
    patch.baseline =
      number(after.baseline) === ''
        ? null
        : { value: number(after.baseline), fiscalYear: year(after.baselineYear) };
  }
  return patch;
}

/**
 * The mid-term review on a KPI's page, for admins: revise its target or retire it from a year,
 * with a reason. The server checks again; a published year is refused there and said here.
 */
export function KpiLifeChanges(props: {
  planId: number;
  detail: KpiDetailView;
  onSaved: () => void;
}) {
  const { t } = useView();
  const { send } = useSession();
  const { row } = props.detail;
  const [action, setAction] = useState<Action>('revise');
  const [from, setFrom] = useState('');
  // The definition in force in the year shown, to change field by field (中間見直し).
  const initial = {
    title: row.title,
    unit: row.unit,
    tags: row.tags.join('、'),
    direction: row.direction,
    basis: row.basis,
    formula: row.formula,
    target: row.target === null ? '' : String(row.target.value),
    targetYear: row.target?.fiscalYear == null ? '' : formatFiscalYear(row.target.fiscalYear),
    baseline: row.baseline === null ? '' : String(row.baseline.value),
    baselineYear: row.baseline?.fiscalYear == null ? '' : formatFiscalYear(row.baseline.fiscalYear),
  };
  const [fields, setFields] = useState(initial);
  const set = (name: keyof typeof initial) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: e.target.value }));
  const choose = (name: keyof typeof initial) => (value: string) =>
    setFields((f) => ({ ...f, [name]: value }));
  const [replacedBy, setReplacedBy] = useState('');
  const [reason, setReason] = useState('');
  // What was typed is checked first (a year, a reason, a change at all); then the server.
  const { perform, refuse, busy, outcome, refusal } = useMutation(explainChange(t));
  const errorFor = (field: string) => besideField(refusal, field);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const dated = readDatedChange(from, reason, t);
    if ('field' in dated) return refuse(dated);
    const year = dated.from;
    const patch = revisionPatch(initial, fields, row);
    if (action === 'revise' && Object.keys(patch).length === 0) {
      return refuse({ field: 'target', text: t('lifeNothingChanged') });
    }
    const change = () =>
      action === 'revise'
        ? send('POST', apiPaths.kpiRevisions(props.planId, row.code), {
            from: year,
            ...patch,
            reason,
          })
        : send('POST', apiPaths.kpiRetirement(props.planId, row.code), {
            from: year,
            reason,
            replacedBy: replacedBy.trim() === '' ? null : replacedBy.trim(),
          });
    const done = action === 'revise' ? t('lifeRevised') : t('lifeRetired');
    if ((await perform(change, () => done)).ok) props.onSaved();
    return undefined;
  }

  return (
    <section className="section entry no-print" aria-labelledby="kpi-life-changes">
      <h2 id="kpi-life-changes">{t('lifeChangesTitle')}</h2>
      <p>{t('lifeChangesLead')}</p>
      <form onSubmit={submit} className="form form--grid" noValidate>
        <fieldset>
          <legend>{t('lifeAction')}</legend>
          <label>
            <input
              type="radio"
              name="life-action"
              checked={action === 'revise'}
              onChange={() => setAction('revise')}
            />{' '}
            {t('lifeActionRevise')}
          </label>{' '}
          <label>
            <input
              type="radio"
              name="life-action"
              checked={action === 'retire'}
              onChange={() => setAction('retire')}
            />{' '}
            {t('lifeActionRetire')}
          </label>
        </fieldset>
        {action === 'revise' ? (
          <>
            <TextField
              id="life-title"
              label={t('planAdminKpiTitle')}
              value={fields.title}
              onChange={set('title')}
              error={errorFor('title')}
            />
            <TextField
              id="life-unit"
              label={t('planAdminUnit')}
              value={fields.unit}
              onChange={set('unit')}
              error={errorFor('unit')}
            />
            <TextField
              id="life-tags"
              label={t('lifeTagsLabel')}
              hint={t('lifeTagsHint')}
              value={fields.tags}
              onChange={set('tags')}
              error={errorFor('tags')}
            />
            <TargetBaselineFields
              prefix="life"
              values={fields}
              set={set}
              errorFor={errorFor}
              targetLabel={t('lifeTargetLabel', { unit: row.unit })}
            />
            <SelectField
              id="life-direction"
              label={t('lifeDirectionLabel')}
              value={fields.direction}
              onChange={choose('direction')}
              options={DIRECTIONS.map((d) => ({ value: d, label: t(DIRECTION_WORDS[d]) }))}
            />
            <RateRuleFields
              prefix="life"
              formula={fields.formula}
              basis={fields.basis}
              onFormula={choose('formula')}
              onBasis={choose('basis')}
            />
          </>
        ) : (
          <TextField
            id="life-replaced-by"
            label={t('lifeReplacedByLabel')}
            hint={t('lifeReplacedByHint')}
            value={replacedBy}
            onChange={(e) => setReplacedBy(e.target.value)}
            error={errorFor('replacedBy')}
          />
        )}
        <DatedChangeFields
          prefix="life"
          from={from}
          reason={reason}
          onFrom={(e) => setFrom(e.target.value)}
          onReason={(e) => setReason(e.target.value)}
          errorFor={errorFor}
        />
        <button type="submit" className="button" disabled={busy}>
          {action === 'revise' ? t('lifeSubmitRevise') : t('lifeSubmitRetire')}
        </button>
        <FormStatus outcome={outcome} />
      </form>
    </section>
  );
}

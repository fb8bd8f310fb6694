import type { FormEvent } from 'react';
import { useState } from 'react';
import type { PlanTreeView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { TextField } from '../../components/text-field.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { parseDepartments } from '../admin-accounts/department-list.ts';
import { explainPublishedYear } from '../kpi/kpi-life.tsx';
import { RateRuleFields } from '../kpi/rate-rule-fields.tsx';
import { useView } from '../../view-context.tsx';
import {
  DatedChangeFields,
  readDatedChange,
  TargetBaselineFields,
} from './dated-change-fields.tsx';

/**
 * A KPI added from a fiscal year, with a reason (POST …/kpis with `from`): absent before that
 * year. Its departments come from the municipality's list, so a typo (情報政策 for 情報政策課)
 * is caught here, and refused by the server if it gets there.
 */
export function NewKpiForm(props: {
  tree: PlanTreeView;
  departments: readonly string[];
  onSaved: () => void;
}) {
  const { t, lang } = useView();
  const { tree } = props;
  const themes = tree.policies.flatMap((p) =>
    p.themes.map((th) => ({ policy: p.number, theme: th.number, name: th.name })),
  );
  const known = props.departments;
  const [place, setPlace] = useState(themes[0] ? `${themes[0].policy}/${themes[0].theme}` : '');
  const [fields, setFields] = useState({
    code: '',
    title: '',
    unit: '',
    departments: '',
    target: '',
    targetYear: '',
    baseline: '',
    baselineYear: '',
    formula: 'ratio',
    basis: 'latest',
    from: '',
    reason: '',
  });
  const [local, setLocal] = useState<{ field: string; text: string } | null>(null);
  const { run, busy, outcome, refusal } = useMutation(explainPublishedYear(t));
  const shown = local ?? refusal;
  const errorFor = (field: string) => (shown?.field === field ? shown.text : null);
  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: e.target.value }));
  const departments = parseDepartments(fields.departments);
  const unknown = departments.filter((d) => !known.includes(d));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setLocal(null);
    const dated = readDatedChange(fields.from, fields.reason, t);
    if ('field' in dated) return setLocal(dated);
    const { from } = dated;
    if (unknown.length > 0) {
      return setLocal({
        field: 'departments',
        text: t('planAdminDepartmentUnknown', { names: unknown.join('、') }),
      });
    }
    const [policyNumber = '', themeNumber = ''] = place.split('/');
    const number = (text: string) => text.replaceAll(',', '').trim();
    const body = {
      policyNumber,
      themeNumber,
      code: fields.code.trim(),
      title: fields.title.trim(),
      unit: fields.unit.trim(),
      departments,
      target:
        fields.target.trim() === ''
          ? null
          : {
              value: number(fields.target),
              fiscalYear: fields.targetYear.trim() === '' ? null : fields.targetYear.trim(),
            },
      baseline:
        fields.baseline.trim() === ''
          ? null
          : {
              value: number(fields.baseline),
              fiscalYear: fields.baselineYear.trim() === '' ? null : fields.baselineYear.trim(),
            },
      formula: fields.formula,
      basis: fields.basis,
      from,
      reason: fields.reason.trim(),
    };
    const done = t('planAdminKpiAdded', { code: body.code, year: yearLabel(from, lang) });
    if (await run('POST', apiPaths.kpis(tree.plan.id), body, done)) props.onSaved();
    return undefined;
  }

  return (
    <section className="section card" aria-labelledby="plan-admin-new-kpi">
      <h2 id="plan-admin-new-kpi">{t('planAdminNewKpi')}</h2>
      <p>{t('planAdminNewKpiLead')}</p>
      <form onSubmit={submit} className="form form--grid" noValidate>
        <div className="field form-field">
          <label htmlFor="kpi-theme">{t('planAdminTheme')}</label>
          <select id="kpi-theme" value={place} onChange={(e) => setPlace(e.target.value)}>
            {themes.map((th) => (
              <option key={`${th.policy}/${th.theme}`} value={`${th.policy}/${th.theme}`}>
                {th.policy}-{th.theme} {th.name}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="kpi-code"
          label={t('planAdminCode')}
          hint="㉑"
          value={fields.code}
          onChange={set('code')}
          error={errorFor('code')}
        />
        <TextField
          id="kpi-title"
          label={t('planAdminKpiTitle')}
          value={fields.title}
          onChange={set('title')}
          error={errorFor('title')}
        />
        <TextField
          id="kpi-unit"
          label={t('planAdminUnit')}
          hint="件"
          value={fields.unit}
          onChange={set('unit')}
          error={errorFor('unit')}
        />
        <TextField
          id="kpi-departments"
          label={t('planAdminDepartments')}
          hint={t('planAdminDepartmentsHint', { list: known.join('、') })}
          value={fields.departments}
          onChange={set('departments')}
          error={errorFor('departments')}
        />
        <TargetBaselineFields prefix="kpi" values={fields} set={set} errorFor={errorFor} />
        <RateRuleFields
          prefix="kpi"
          formula={fields.formula}
          basis={fields.basis}
          onFormula={(formula) => setFields((f) => ({ ...f, formula }))}
          onBasis={(basis) => setFields((f) => ({ ...f, basis }))}
        />
        <DatedChangeFields
          prefix="kpi"
          from={fields.from}
          reason={fields.reason}
          onFrom={set('from')}
          onReason={set('reason')}
          errorFor={errorFor}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('planAdminAdd')}
        </button>
        <FormStatus outcome={outcome} />
      </form>
    </section>
  );
}

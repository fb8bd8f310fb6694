import type { FormEvent } from 'react';
import { useState } from 'react';
import type { PlanTreeView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { useView } from '../../view-context.tsx';
import { departmentsText, parseDepartments } from '../admin-accounts/department-list.ts';
import { explainPublishedYear } from '../kpi/kpi-life.tsx';
import { DatedChangeFields, readDatedChange } from './dated-change-fields.tsx';

/**
 * A KPI handed to other departments from a fiscal year (機構改革, issue 20), with a reason: the
 * years before keep the departments they were published with. The departments come from the
 * municipality's list, so a typo is caught here and refused by the server if it gets there.
 */
export function KpiDepartmentsForm(props: {
  tree: PlanTreeView;
  departments: readonly string[];
  onSaved: () => void;
}) {
  const { t, lang } = useView();
  const { tree } = props;
  const kpis = tree.policies.flatMap((p) => p.themes.flatMap((th) => th.kpis));
  const [code, setCode] = useState(kpis[0]?.code ?? '');
  const [names, setNames] = useState('');
  const [from, setFrom] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<{ field: string; text: string } | null>(null);
  const { run, busy, outcome, refusal } = useMutation(explainPublishedYear(t));
  const shown = local ?? refusal;
  const errorFor = (field: string) => (shown?.field === field ? shown.text : null);
  const kpi = kpis.find((k) => k.code === code);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setLocal(null);
    const departments = parseDepartments(names);
    const unknown = departments.filter((d) => !props.departments.includes(d));
    if (departments.length === 0 || unknown.length > 0) {
      return setLocal({
        field: 'departments',
        text:
          unknown.length > 0
            ? t('planAdminDepartmentUnknown', { names: unknown.join('、') })
            : t('kpiDepartmentsNew'),
      });
    }
    const dated = readDatedChange(from, reason, t);
    if ('field' in dated) return setLocal(dated);
    const done = t('kpiDepartmentsDone', {
      code,
      list: departmentsText(departments),
      year: yearLabel(dated.from, lang),
    });
    const path = apiPaths.kpiDepartments(tree.plan.id, code);
    if (await run('POST', path, { departments, ...dated }, done)) props.onSaved();
    return undefined;
  }

  if (kpis.length === 0) return null;
  return (
    <section className="section card" aria-labelledby="plan-admin-kpi-departments">
      <h2 id="plan-admin-kpi-departments">{t('kpiDepartmentsTitle')}</h2>
      <p>{t('kpiDepartmentsLead')}</p>
      <form onSubmit={submit} className="form form--grid" noValidate>
        <SelectField
          id="kpi-departments-which"
          label={t('kpiDepartmentsWhich')}
          value={code}
          options={kpis.map((k) => ({ value: k.code, label: `${k.code} ${k.title}` }))}
          onChange={setCode}
        />
        {kpi && <p>{t('kpiDepartmentsNow', { list: departmentsText(kpi.departments) })}</p>}
        <TextField
          id="kpi-departments-new"
          label={t('kpiDepartmentsNew')}
          hint={t('planAdminDepartmentsHint', { list: props.departments.join('、') })}
          value={names}
          onChange={(e) => setNames(e.target.value)}
          error={errorFor('departments')}
        />
        <DatedChangeFields
          prefix="kpi-departments"
          from={from}
          reason={reason}
          onFrom={(e) => setFrom(e.target.value)}
          onReason={(e) => setReason(e.target.value)}
          errorFor={errorFor}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            {t('kpiDepartmentsButton')}
          </button>
        </div>
        <FormStatus outcome={outcome} />
      </form>
    </section>
  );
}

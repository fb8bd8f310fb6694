import type { FormEvent } from 'react';
import { useState } from 'react';
import type { PlanTreeView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useView } from '../../view-context.tsx';

/**
 * Arranging the tree's upper levels (issue 20): a basic policy put before another, a theme
 * program moved within its policy or to another, its KPIs with it. For a plan not yet
 * published; a published plan's tree stays as printed, and the page says so.
 */
export function ArrangeTreeForm(props: { tree: PlanTreeView; onSaved: () => void }) {
  const { t } = useView();
  const { tree } = props;
  if (tree.policies.length === 0) return null;
  const printed = tree.policies.some((p) => p.printedIn.length > 0);
  return (
    <section className="section card" aria-labelledby="plan-admin-arrange">
      <h2 id="plan-admin-arrange">{t('treeArrangeTitle')}</h2>
      {printed ? (
        <p>{t('treeArrangePublished')}</p>
      ) : (
        <>
          <p>{t('treeArrangeLead')}</p>
          <MovePolicyForm {...props} />
          <MoveThemeForm {...props} />
        </>
      )}
    </section>
  );
}

function MovePolicyForm(props: { tree: PlanTreeView; onSaved: () => void }) {
  const { t } = useView();
  const { policies, plan } = props.tree;
  const [number, setNumber] = useState(policies[0]?.number ?? '');
  const [before, setBefore] = useState('');
  const { run, busy, outcome } = useMutation((error) =>
    error.code === 'conflict' ? t('treeArrangePublished') : null,
  );
  const named = (p: { number: string; name: string }) => ({
    value: p.number,
    label: `${p.number} ${p.name}`,
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { before: before === '' ? null : before };
    if (await run('POST', apiPaths.policyMove(plan.id, number), body, t('treeMoved'))) {
      props.onSaved();
    }
  }
  return (
    <form onSubmit={submit} className="form form--grid" noValidate>
      <SelectField
        id="move-policy"
        label={t('treeMovePolicy')}
        value={number}
        options={policies.map(named)}
        onChange={setNumber}
      />
      <SelectField
        id="move-policy-before"
        label={t('treeMoveBefore')}
        value={before}
        first={{ value: '', label: t('treeMoveLast') }}
        options={policies.filter((p) => p.number !== number).map(named)}
        onChange={setBefore}
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t('treeMoveButton')}
        </button>
      </div>
      <FormStatus outcome={outcome} />
    </form>
  );
}

function MoveThemeForm(props: { tree: PlanTreeView; onSaved: () => void }) {
  const { t } = useView();
  const { policies, plan } = props.tree;
  const themes = policies.flatMap((p) =>
    p.themes.map((th) => ({ key: `${p.number}/${th.number}`, policy: p.number, theme: th })),
  );
  const [which, setWhich] = useState(themes[0]?.key ?? '');
  const [under, setUnder] = useState(policies[0]?.number ?? '');
  const [before, setBefore] = useState('');
  const { run, busy, outcome } = useMutation((error) =>
    error.code === 'conflict' ? t('treeArrangePublished') : null,
  );
  const chosen = themes.find((th) => th.key === which);
  const neighbours = (policies.find((p) => p.number === under)?.themes ?? []).filter(
    (th) => !(under === chosen?.policy && th.number === chosen.theme.number),
  );
  if (themes.length === 0) return null;
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    const body = { policyNumber: under, before: before === '' ? null : before };
    const path = apiPaths.themeMove(plan.id, chosen.policy, chosen.theme.number);
    if (await run('POST', path, body, t('treeMoved'))) props.onSaved();
  }
  return (
    <form onSubmit={submit} className="form form--grid" noValidate>
      <SelectField
        id="move-theme"
        label={t('treeMoveTheme')}
        value={which}
        options={themes.map((th) => ({
          value: th.key,
          label: `${th.policy}-${th.theme.number} ${th.theme.name}`,
        }))}
        onChange={setWhich}
      />
      <SelectField
        id="move-theme-under"
        label={t('treeMoveUnder')}
        value={under}
        options={policies.map((p) => ({ value: p.number, label: `${p.number} ${p.name}` }))}
        onChange={(value) => {
          setUnder(value);
          setBefore('');
        }}
      />
      <SelectField
        id="move-theme-before"
        label={t('treeMoveBefore')}
        value={before}
        first={{ value: '', label: t('treeMoveLast') }}
        options={neighbours.map((th) => ({ value: th.number, label: `${th.number} ${th.name}` }))}
        onChange={setBefore}
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t('treeMoveButton')}
        </button>
      </div>
      <FormStatus outcome={outcome} />
    </form>
  );
}

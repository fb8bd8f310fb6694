import type { FormEvent } from 'react';
import { useState } from 'react';
import type { PlanTreeView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
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
  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = { before: before === '' ? null : before };
    if (await run('POST', apiPaths.policyMove(plan.id, number), body, t('treeMoved'))) {
      props.onSaved();
    }
  }
  return (
    <form onSubmit={submit} className="form form--grid" noValidate>
      <div className="field form-field">
        <label htmlFor="move-policy">{t('treeMovePolicy')}</label>
        <select id="move-policy" value={number} onChange={(e) => setNumber(e.target.value)}>
          {policies.map((p) => (
            <option key={p.number} value={p.number}>
              {p.number} {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field form-field">
        <label htmlFor="move-policy-before">{t('treeMoveBefore')}</label>
        <select id="move-policy-before" value={before} onChange={(e) => setBefore(e.target.value)}>
          <option value="">{t('treeMoveLast')}</option>
          {policies
            .filter((p) => p.number !== number)
            .map((p) => (
              <option key={p.number} value={p.number}>
                {p.number} {p.name}
              </option>
            ))}
        </select>
      </div>
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
      <div className="field form-field">
        <label htmlFor="move-theme">{t('treeMoveTheme')}</label>
        <select id="move-theme" value={which} onChange={(e) => setWhich(e.target.value)}>
          {themes.map((th) => (
            <option key={th.key} value={th.key}>
              {th.policy}-{th.theme.number} {th.theme.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field form-field">
        <label htmlFor="move-theme-under">{t('treeMoveUnder')}</label>
        <select
          id="move-theme-under"
          value={under}
          onChange={(e) => {
            setUnder(e.target.value);
            setBefore('');
          }}
        >
          {policies.map((p) => (
            <option key={p.number} value={p.number}>
              {p.number} {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field form-field">
        <label htmlFor="move-theme-before">{t('treeMoveBefore')}</label>
        <select id="move-theme-before" value={before} onChange={(e) => setBefore(e.target.value)}>
          <option value="">{t('treeMoveLast')}</option>
          {neighbours.map((th) => (
            <option key={th.number} value={th.number}>
              {th.number} {th.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t('treeMoveButton')}
        </button>
      </div>
      <FormStatus outcome={outcome} />
    </form>
  );
}

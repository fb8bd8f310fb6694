import type { FormEvent } from 'react';
import { useState } from 'react';
import type { PlanTreeView, TreeNodeLife } from '../../../domain/api-contract.ts';
import { yearLabel } from '../../format/year-label.ts';
import { DatedChangeFields, readDatedChange } from './dated-change-fields.tsx';
import { explainPublishedYear } from '../kpi/kpi-life.tsx';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { TextField } from '../../components/text-field.tsx';
import { parseDepartments as parseList } from '../admin-accounts/department-list.ts';
import { useView } from '../../view-context.tsx';

/**
 * The plan tree: each basic policy and theme program renamed where it stands, and new ones
 * added (the API's own checks: a number taken is refused beside the number).
 */
export function TreeForms(props: { tree: PlanTreeView; onSaved: () => void }) {
  const { t } = useView();
  const { tree, onSaved } = props;
  return (
    <section className="section card" aria-labelledby="plan-admin-tree">
      <h2 id="plan-admin-tree">{t('planAdminTree')}</h2>
      {tree.policies.map((policy) => (
        <div key={policy.number} className="plan-admin__policy">
          <RenameForm
            id={`policy-${policy.number}`}
            label={t('planAdminPolicy', { number: policy.number })}
            node={policy}
            path={apiPaths.policy(tree.plan.id, policy.number)}
            onSaved={onSaved}
          />
          <ul>
            {policy.themes.map((theme) => (
              <li key={theme.number}>
                <RenameForm
                  id={`theme-${policy.number}-${theme.number}`}
                  label={`${t('planAdminTheme')} ${theme.number}`}
                  node={theme}
                  path={apiPaths.theme(tree.plan.id, policy.number, theme.number)}
                  onSaved={onSaved}
                />
              </li>
            ))}
          </ul>
          <AddForm
            id={`new-theme-${policy.number}`}
            title={t('planAdminNewTheme')}
            path={apiPaths.themes(tree.plan.id, policy.number)}
            withActionItems
            onSaved={onSaved}
          />
        </div>
      ))}
      <AddForm
        id="new-policy"
        title={t('planAdminNewPolicy')}
        path={apiPaths.policies(tree.plan.id)}
        withActionItems={false}
        onSaved={onSaved}
      />
    </section>
  );
}

/**
 * A basic policy or theme program renamed where it stands. Once a published year printed it,
 * the rename asks from which year and why (the years before keep the printed name), and its
 * earlier renames are listed under it.
 */
function RenameForm(props: {
  id: string;
  label: string;
  node: { name: string; version: number } & TreeNodeLife;
  path: string;
  onSaved: () => void;
}) {
  const { t, lang } = useView();
  const { node } = props;
  const dated = node.printedIn.length > 0;
  const [name, setName] = useState(node.name);
  const [from, setFrom] = useState('');
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState<{ field: string; text: string } | null>(null);
  const { run, busy, outcome, refusal } = useMutation(explainPublishedYear(t));
  const errorFor = (field: string) =>
    typed?.field === field ? typed.text : refusal?.field === field ? refusal.text : null;
  async function submit(event: FormEvent) {
    event.preventDefault();
    setTyped(null);
    let when = {};
    if (dated) {
      const change = readDatedChange(from, reason, t);
      if ('field' in change) return setTyped(change);
      when = change;
    }
    const body = { name, version: node.version, ...when };
    if (await run('PATCH', props.path, body, t('planAdminRenamed'))) props.onSaved();
  }
  return (
    <form onSubmit={submit} className="form form--grid" noValidate>
      <TextField
        id={props.id}
        label={props.label}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errorFor('name')}
      />
      {dated && (
        <>
          <p className="field__hint">{t('treeRenameDatedNote')}</p>
          <DatedChangeFields
            prefix={`${props.id}-rename`}
            from={from}
            reason={reason}
            onFrom={(e) => setFrom(e.target.value)}
            onReason={(e) => setReason(e.target.value)}
            errorFor={errorFor}
          />
        </>
      )}
      <button
        type="submit"
        className="button button--secondary"
        disabled={busy || name.trim() === node.name}
      >
        {t('planAdminRename')}
      </button>
      <FormStatus outcome={outcome} />
      {node.renames.length > 0 && (
        <ul className="field__hint">
          {node.renames.map((r) => (
            <li key={`${r.from}-${r.at}`}>
              {t('treeRenameHistory', {
                year: yearLabel(r.from, lang),
                old: r.oldName,
                name: r.newName,
                reason: r.reason,
              })}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

function AddForm(props: {
  id: string;
  title: string;
  path: string;
  withActionItems: boolean;
  onSaved: () => void;
}) {
  const { t } = useView();
  const [number, setNumber] = useState('');
  const [name, setName] = useState('');
  const [items, setItems] = useState('');
  const { run, busy, outcome, refusal } = useMutation();
  const errorFor = (field: string) => (refusal?.field === field ? refusal.text : null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = props.withActionItems
      ? { number: number.trim(), name: name.trim(), actionItems: parseList(items) }
      : { number: number.trim(), name: name.trim() };
    if (await run('POST', props.path, body, t('planAdminAdded'))) {
      setNumber('');
      setName('');
      setItems('');
      props.onSaved();
    }
  }
  return (
    <details className="plan-admin__add">
      <summary>{props.title}</summary>
      <form onSubmit={submit} className="form form--grid" noValidate>
        <TextField
          id={`${props.id}-number`}
          label={t('planAdminNumber')}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          error={errorFor('number')}
        />
        <TextField
          id={`${props.id}-name`}
          label={t('planAdminName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errorFor('name')}
        />
        {props.withActionItems && (
          <TextField
            id={`${props.id}-items`}
            label={t('planAdminActionItems')}
            value={items}
            onChange={(e) => setItems(e.target.value)}
          />
        )}
        <button type="submit" className="button" disabled={busy}>
          {t('planAdminAdd')}
        </button>
        <FormStatus outcome={outcome} />
      </form>
    </details>
  );
}

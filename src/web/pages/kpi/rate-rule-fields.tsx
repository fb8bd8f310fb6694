import { BASES, FORMULAS } from '../../../domain/model.ts';
import { SelectField } from '../../components/select-field.tsx';
import { useView } from '../../view-context.tsx';
import { BASIS_WORDS, FORMULA_WORDS } from './rate-words.ts';

/**
 * How a KPI's rate is computed, chosen in a form: its formula (達成率の算出方法) and the figures
 * it is measured on (算出の基準). The new KPI's form and the KPI's review form share it.
 */
export function RateRuleFields(props: {
  prefix: string;
  formula: string;
  basis: string;
  onFormula: (value: string) => void;
  onBasis: (value: string) => void;
}) {
  const { t } = useView();
  return (
    <>
      <SelectField
        id={`${props.prefix}-formula`}
        label={t('lifeFormulaLabel')}
        value={props.formula}
        onChange={props.onFormula}
        options={FORMULAS.map((f) => ({ value: f, label: t(FORMULA_WORDS[f]) }))}
      />
      <SelectField
        id={`${props.prefix}-basis`}
        label={t('lifeBasisLabel')}
        hint={t('lifeBasisHint')}
        value={props.basis}
        onChange={props.onBasis}
        options={BASES.map((b) => ({ value: b, label: t(BASIS_WORDS[b]) }))}
      />
    </>
  );
}

import type { Role } from '../../../domain/access.ts';
import { ROLES } from '../../../domain/access.ts';
import { ROLE_LABEL } from '../../format/role-label.ts';
import { useView } from '../../view-context.tsx';

/** A labelled choice of 管理者, 編集者, 閲覧者. */
export function RoleSelect(props: { id: string; value: Role; onChange: (role: Role) => void }) {
  const { t } = useView();
  return (
    <div className="field form-field">
      <label htmlFor={props.id}>{t('fieldRole')}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => {
          const role = ROLES.find((r) => r === event.target.value);
          if (role) props.onChange(role);
        }}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(ROLE_LABEL[role])}
          </option>
        ))}
      </select>
    </div>
  );
}

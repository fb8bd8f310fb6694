/**
 * Which department's entry an audit entry of a KPI is about, read off how the services write
 * them: `figure.enter` names the row in its field (`actual` and `cumulative` the KPI's own row,
 * which belongs to its first department; `企画課`, `cumulative:企画課` a department's row of a
 * breakdown), `narrative.enter` likewise (`narrative` or the department), the moves of a round's
 * entry (`entry.submit` …) the department. Anything else (the KPI's definition) is about the
 * KPI itself: `{ entry: false }`.
 * @example auditEntryDepartment({ entity: 'figure', field: 'cumulative:上下水道課' }, '総務課') // { entry: true, department: '上下水道課' }
 */
export function auditEntryDepartment(
  entry: { readonly entity: string; readonly field: string | null },
  leadDepartment: string | undefined,
): { readonly entry: false } | { readonly entry: true; readonly department: string | undefined } {
  const field = entry.field ?? '';
  switch (entry.entity) {
    case 'figure': {
      const row = field.startsWith('cumulative') ? field.slice('cumulative:'.length) : field;
      const own = row === '' || field === 'actual';
      return { entry: true, department: own ? leadDepartment : row };
    }
    case 'narrative':
      return { entry: true, department: field === 'narrative' ? leadDepartment : field };
    case 'entry':
      return { entry: true, department: field === '' ? leadDepartment : field };
    default:
      return { entry: false };
  }
}

import { describe, expect, it } from 'vitest';
import { auditEntryDepartment } from './audit-entry-department.ts';

describe('the department an audit entry of ⑰ is about (総務課 first)', () => {
  const about = (entity: string, field: string | null) =>
    auditEntryDepartment({ entity, field }, '総務課');

  it('reads the KPI’s own row as its first department’s', () => {
    expect(about('figure', 'actual')).toEqual({ entry: true, department: '総務課' });
    expect(about('figure', 'cumulative')).toEqual({ entry: true, department: '総務課' });
    expect(about('narrative', 'narrative')).toEqual({ entry: true, department: '総務課' });
  });

  it('reads a department’s row of the breakdown as that department’s', () => {
    expect(about('figure', '上下水道課')).toEqual({ entry: true, department: '上下水道課' });
    expect(about('figure', 'cumulative:上下水道課')).toEqual({
      entry: true,
      department: '上下水道課',
    });
    expect(about('narrative', '情報政策課')).toEqual({ entry: true, department: '情報政策課' });
    expect(about('entry', '上下水道課')).toEqual({ entry: true, department: '上下水道課' });
  });

  it('reads a change of the KPI itself as no department’s entry', () => {
    expect(about('kpi', 'title')).toEqual({ entry: false });
  });
});

import type { DepartmentRecord } from '../../db/department-repository.ts';
import type { DepartmentView } from '../../domain/api-contract.ts';

/** A department of the municipality's list with its renames and the merge it ended in. */
export function presentDepartment(department: DepartmentRecord): DepartmentView {
  return {
    id: department.id,
    name: department.name,
    renames: department.renames.map((r) => ({
      fromYear: r.fromYear,
      oldName: r.oldName,
      newName: r.newName,
      reason: r.reason ?? '',
      at: r.at ?? '',
    })),
    mergedInto: department.mergedInto,
  };
}

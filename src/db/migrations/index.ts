import type { Migration } from 'kysely';
import type { DatabaseKind } from '../database-kind.ts';
import { initialMigration } from './0001-initial.ts';
import { planRevisionMigration } from './0002-plan-revision.ts';
import { kpiExtrasMigration } from './0003-kpi-extras.ts';
import { recordVersionsMigration } from './0004-record-versions.ts';
import { accountsAuditMigration } from './0005-accounts-audit.ts';
import { collectionRoundMigration } from './0006-collection-round.ts';
import { approvedCopyMigration } from './0007-approved-copy.ts';
import { publicationEventsMigration } from './0008-publication-events.ts';
import { importMappingsMigration } from './0009-import-mappings.ts';
import { cumulativeLabelMigration } from './0010-cumulative-label.ts';
import { entryReviewMigration } from './0011-entry-review.ts';
import { kpiChangesMigration } from './0012-kpi-changes.ts';
import { temporaryPasswordMigration } from './0013-temporary-password.ts';
import { evaluationsMigration } from './0014-evaluations.ts';
import { departmentRenamesMigration } from './0015-department-renames.ts';
import { kpiContinuationsMigration } from './0016-kpi-continuations.ts';
import { treeRenamesMigration } from './0017-tree-renames.ts';
import { kpiValidRangeMigration } from './0018-kpi-valid-range.ts';
import { departmentMergesMigration } from './0019-department-merges.ts';
import { tenantIndexesMigration } from './0020-tenant-indexes.ts';
import { kpiThemeMovesMigration } from './0021-kpi-theme-moves.ts';
import { changeFormulasMigration } from './0022-change-formulas.ts';
import { targetFormulasMigration } from './0023-target-formulas.ts';
import { planBasesMigration } from './0024-plan-bases.ts';

/**
 * Every migration, in order. Append only: a landed migration is never edited, the next one
 * fixes it. Listed statically (no folder scan) so a bundled build carries them.
 */
export function migrations(kind: DatabaseKind): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(kind),
    '0002-plan-revision': planRevisionMigration,
    '0003-kpi-extras': kpiExtrasMigration,
    '0004-record-versions': recordVersionsMigration,
    '0005-accounts-audit': accountsAuditMigration(kind),
    '0006-collection-round': collectionRoundMigration(kind),
    '0007-approved-copy': approvedCopyMigration,
    '0008-publication-events': publicationEventsMigration(kind),
    '0009-import-mappings': importMappingsMigration(kind),
    '0010-cumulative-label': cumulativeLabelMigration,
    '0011-entry-review': entryReviewMigration,
    '0012-kpi-changes': kpiChangesMigration(kind),
    '0013-temporary-password': temporaryPasswordMigration,
    '0014-evaluations': evaluationsMigration(kind),
    '0015-department-renames': departmentRenamesMigration(kind),
    '0016-kpi-continuations': kpiContinuationsMigration,
    '0017-tree-renames': treeRenamesMigration(kind),
    '0018-kpi-valid-range': kpiValidRangeMigration,
    '0019-department-merges': departmentMergesMigration(kind),
    '0020-tenant-indexes': tenantIndexesMigration,
    '0021-kpi-theme-moves': kpiThemeMovesMigration(kind),
    '0022-change-formulas': changeFormulasMigration(kind),
    '0023-target-formulas': targetFormulasMigration(kind),
    '0024-plan-bases': planBasesMigration(kind),
  };
}

import type { Role } from '../../domain/access.ts';
import type { MessageKey } from '../i18n/messages-ja.ts';

/** The catalog key of each role's name (管理者, 編集者, 閲覧者). */
export const ROLE_LABEL = {
  admin: 'roleAdmin',
  editor: 'roleEditor',
  viewer: 'roleViewer',
  committee: 'roleCommittee',
} as const satisfies Record<Role, MessageKey>;

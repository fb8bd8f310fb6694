import { userInfo } from 'node:os';
import type { Actor } from '../domain/access.ts';

/** The command line acts as the operator of the server, named in the audit log by OS user. */
export function cliActor(): Actor {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // A container without a passwd entry for the uid still gets an entry in the log.
  }
  return { kind: 'operator', name: `cli:${user}` };
}

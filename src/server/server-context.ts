import type { FastifyRequest } from 'fastify';
import type { Actor } from '../services/actor.ts';
import type { Store } from '../services/database-handle.ts';

/** What routes share: the store, the deployment's municipality and who is asking. */
export interface ServerContext {
  readonly store: Store;
  readonly municipality: { readonly code: string; readonly name: string };
  /** The one place a request becomes an actor; sign-in plugs in here. */
  readonly actorOf: (request: FastifyRequest) => Actor;
}

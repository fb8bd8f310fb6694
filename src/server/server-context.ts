import type { FastifyRequest } from 'fastify';
import type { Actor } from '../domain/access.ts';
import type { Clock } from '../services/clock.ts';
import type { Store } from '../services/database-handle.ts';

/** What routes share: the store, the deployment's municipality and who is asking. */
export interface ServerContext {
  readonly store: Store;
  /** The same database for reads that must not wait behind writers (DatabaseHandle.readDb). */
  readonly reader: Store;
  readonly municipality: { readonly code: string; readonly name: string };
  /** The one place a request becomes an actor: its session's account, or anonymous. */
  readonly actorOf: (request: FastifyRequest) => Actor;
  /** Mark session cookies Secure even over plain HTTP (behind a TLS proxy). */
  readonly secureCookies: boolean;
  /** Whether the server sends e-mail, from whom, and where the links in e-mails point. */
  readonly mail: MailSettings;
  /** The Chromium that prints PDF exports (MIERUKA_CHROMIUM). */
  readonly chromiumPath: string;
  /** The one clock of the server: sessions expire by it, changes are dated by it (a test moves it). */
  readonly now: Clock;
}

export interface MailSettings {
  /** SMTP_URL is set: the outbox is sent; else admins read and copy it. */
  readonly smtpConfigured: boolean;
  readonly from: string;
  /** MIERUKA_PUBLIC_URL, no trailing slash. */
  readonly publicUrl: string;
}

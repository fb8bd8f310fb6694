import { isIP } from 'node:net';
import { z } from 'zod';
import { KnownError } from './domain/error-kind.ts';
import { DEFAULT_REMINDER_DAYS } from './domain/reminder-schedule.ts';

/** Where the data lives: a SQLite file (the default) or a PostgreSQL server. */
export type DatabaseConfig =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  readonly database: DatabaseConfig;
  readonly port: number;
  readonly host: string;
  readonly logLevel: LogLevel;
  /** The municipality a deployment serves by default (imports name another with --municipality). */
  readonly municipality: { readonly code: string; readonly name: string };
  /** Mark session cookies Secure even over plain HTTP (behind a TLS-terminating proxy). */
  readonly secureCookies: boolean;
  /** MIERUKA_CHROMIUM: the Chromium that prints PDF exports (default Debian's). */
  readonly chromiumPath: string;
  readonly mail: MailConfig;
  /** MIERUKA_TRUST_PROXY: whose X-Forwarded-For gives the client's address (Fastify trustProxy). */
  readonly trustProxy: TrustProxy;
}

/**
 * Which proxies' X-Forwarded-For is believed: none (false, the default: the address is the
 * socket's peer), every one (true), or the proxies at these addresses, ranges and names.
 */
export type TrustProxy = boolean | readonly string[];

/** Names proxy-addr (Fastify's trustProxy) knows for address ranges. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, a range in CIDR form (10.0.0.0/8, fd00::/8), or one of proxy-addr's names. */
function isProxyEntry(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/** How the outbox's e-mails go out, and what their links point at. */
export interface MailConfig {
  /** smtp://user:pass@host:587 or smtps://…; undefined: nothing is sent, admins read the outbox. */
  readonly smtpUrl: string | undefined;
  /** The sender: an address, or `Name <address>`. */
  readonly from: string;
  /**
   * Where people reach the web app, for the links in e-mails and the feed; no trailing slash.
   * Unset, the server's own port on localhost (`PORT=8080`: http://localhost:8080).
   */
  readonly publicUrl: string;
  /** Whether MIERUKA_PUBLIC_URL gave it (else serving on another host warns at start). */
  readonly publicUrlSet: boolean;
  /** Days before a round's due date that editors still owing entries are reminded. */
  readonly reminderDays: number;
}

export const DEFAULT_MAIL_FROM = 'mieruka@localhost';
export const DEFAULT_PUBLIC_URL = 'http://localhost:3000';
/**
 * The municipality a deployment serves unless MIERUKA_MUNICIPALITY_CODE/_NAME say another:
 * Yuzawa, whose published table is the bundled demo plan (so a first start shows it).
 */
export const DEFAULT_MUNICIPALITY = { code: '052078', name: '湯沢市' } as const;
/** Debian's Chromium, which prints the PDF export; browsers are never downloaded. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The environment holds a value Mieruka cannot use; the message names the variable. */
export class ConfigError extends KnownError {
  override readonly name = 'ConfigError';
  readonly kind = 'config' as const;
}

export const DEFAULT_DATABASE_FILE = './data/mieruka.db';

const SCHEME = /^([a-z][a-z0-9+.-]+):/i;

/**
 * Reads DATABASE_URL: unset → ./data/mieruka.db; a path or `sqlite:` URL → SQLite
 * (`sqlite:data/x.db`, `sqlite:///srv/x.db`, `sqlite::memory:`); postgres:// → PostgreSQL.
 */
export function parseDatabaseUrl(text: string | undefined): DatabaseConfig | undefined {
  if (text === undefined) return { kind: 'sqlite', file: DEFAULT_DATABASE_FILE };
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: 'sqlite', file: text };
  if (scheme === 'postgres' || scheme === 'postgresql') return { kind: 'postgres', url: text };
  if (scheme !== 'sqlite') return undefined;
  const rest = text.slice('sqlite:'.length);
  const file = rest.startsWith('//') ? rest.slice(2) : rest;
  return file === '' ? undefined : { kind: 'sqlite', file };
}

/** An empty variable counts as unset, as docker-compose and shells often leave them. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);

const environment = z.object({
  DATABASE_URL: optional(z.string().optional()).transform((text, context) => {
    const parsed = parseDatabaseUrl(text);
    if (parsed === undefined) {
      context.addIssue({
        code: 'custom',
        message: 'expected a file path, a sqlite: URL or a postgres:// URL',
      });
      return z.NEVER;
    }
    return parsed;
  }),
  PORT: optional(
    z
      .string()
      .regex(/^\d+$/, 'expected a port number')
      .transform(Number)
      .pipe(z.number().int().min(0).max(65535))
      .default(3000),
  ),
  HOST: optional(z.string().default('0.0.0.0')),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS).default('info')),
  MIERUKA_MUNICIPALITY_CODE: optional(
    z
      .string()
      .regex(/^\d{6}$/, 'expected a 6-digit local government code')
      .default(DEFAULT_MUNICIPALITY.code),
  ),
  MIERUKA_MUNICIPALITY_NAME: optional(z.string().min(1).default(DEFAULT_MUNICIPALITY.name)),
  MIERUKA_SECURE_COOKIES: optional(
    z
      .enum(['true', 'false', '1', '0'])
      .default('false')
      .transform((text) => text === 'true' || text === '1'),
  ),
  // Never echo the value: it holds the SMTP password.
  SMTP_URL: optional(
    z
      .string()
      .refine((text) => /^smtps?:\/\/[^/?#\s]+/i.test(text) && URL.canParse(text), {
        message: 'expected smtp://user:password@host:587 or smtps://…',
      })
      .optional(),
  ),
  MAIL_FROM: optional(
    z
      .string()
      .regex(/^(?:[^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/, 'expected an address or Name <address>')
      .default(DEFAULT_MAIL_FROM),
  ),
  MIERUKA_PUBLIC_URL: optional(
    z
      .string()
      .refine((text) => /^https?:\/\//i.test(text) && URL.canParse(text), {
        message: 'expected an http:// or https:// URL, e.g. https://kpi.city.example.jp',
      })
      .transform((text) => text.replace(/\/+$/, ''))
      .optional(),
  ),
  MIERUKA_CHROMIUM: optional(
    z
      .string()
      .refine((text) => text.startsWith('/'), { message: 'expected an absolute path' })
      .default(DEFAULT_CHROMIUM_PATH),
  ),
  MIERUKA_TRUST_PROXY: optional(
    z
      .string()
      .default('false')
      .transform((text, context): TrustProxy => {
        const lowered = text.trim().toLowerCase();
        if (lowered === 'false' || lowered === '0') return false;
        if (lowered === 'true' || lowered === '1') return true;
        const entries = text.split(',').map((entry) => entry.trim());
        const wrong = entries.filter((entry) => !isProxyEntry(entry));
        if (wrong.length > 0) {
          context.addIssue({
            code: 'custom',
            message: `expected true, false or proxy addresses (10.0.0.5,10.1.0.0/16,loopback), not "${wrong.join(', ')}"`,
          });
          return z.NEVER;
        }
        return Object.freeze(entries);
      }),
  ),
  MIERUKA_REMINDER_DAYS: optional(
    z
      .string()
      .regex(/^\d+$/, 'expected a whole number of days')
      .transform(Number)
      .pipe(z.number().int().min(0).max(90))
      .default(DEFAULT_REMINDER_DAYS),
  ),
});

/**
 * Reads the environment once into a frozen, typed configuration. Nothing else reads
 * process.env: the result is passed down.
 * @example loadConfig({ DATABASE_URL: 'postgres://localhost/mieruka' }).database.kind // 'postgres'
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Config {
  const result = environment.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`invalid environment: ${problems.join('; ')}`);
  }
  const {
    DATABASE_URL,
    PORT,
    HOST,
    LOG_LEVEL,
    MIERUKA_MUNICIPALITY_CODE,
    MIERUKA_MUNICIPALITY_NAME,
    MIERUKA_SECURE_COOKIES,
    SMTP_URL,
    MAIL_FROM,
    MIERUKA_PUBLIC_URL,
    MIERUKA_REMINDER_DAYS,
    MIERUKA_CHROMIUM,
    MIERUKA_TRUST_PROXY,
  } = result.data;
  return Object.freeze({
    database: Object.freeze(DATABASE_URL),
    port: PORT,
    host: HOST,
    logLevel: LOG_LEVEL,
    municipality: Object.freeze({
      code: MIERUKA_MUNICIPALITY_CODE,
      name: MIERUKA_MUNICIPALITY_NAME,
    }),
    secureCookies: MIERUKA_SECURE_COOKIES,
    chromiumPath: MIERUKA_CHROMIUM,
    trustProxy: MIERUKA_TRUST_PROXY,
    mail: Object.freeze({
      smtpUrl: SMTP_URL,
      from: MAIL_FROM,
      publicUrl: MIERUKA_PUBLIC_URL ?? localUrl(HOST, PORT),
      publicUrlSet: MIERUKA_PUBLIC_URL !== undefined,
      reminderDays: MIERUKA_REMINDER_DAYS,
    }),
  });
}

/** The address of a server listening on HOST:PORT as this machine reaches it. */
function localUrl(host: string, port: number): string {
  const everywhere = host === '0.0.0.0' || host === '::' || host === '';
  const name = everywhere ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/**
 * Why the links in e-mails and the feed may not reach people: MIERUKA_PUBLIC_URL unset while the
 * server listens beyond this machine (HOST 0.0.0.0 or a name), so they say localhost. Null when
 * it is set or the server is local only.
 */
export function publicUrlWarning(config: Config): string | null {
  if (config.mail.publicUrlSet) return null;
  if (['127.0.0.1', 'localhost', '::1'].includes(config.host)) return null;
  return `MIERUKA_PUBLIC_URL is not set: links in e-mails and the feed point at ${config.mail.publicUrl}, which other machines cannot reach; set it to the address people use (https://kpi.city.example.jp)`;
}

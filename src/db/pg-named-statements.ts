import pg from 'pg';

/** Distinct statements given a name; Kysely's SQL repeats, but `in ($1, $2, …)` lists vary. */
const CAPACITY = 500;

/** Statements longer than this stay unnamed (bulk inserts of many rows are one-offs). */
const LONGEST = 4000;

/**
 * Names for SQL texts, so that PostgreSQL parses and plans each statement once per connection
 * rather than on every query: Kysely sends every query unnamed, and a figure save's ten
 * statements were each parsed anew (bench 'round entries'). Only statements with parameters
 * are named (not BEGIN, COMMIT or a migration's DDL); once `capacity` texts have names, others
 * go unnamed, so a connection never holds more than that many prepared statements.
 */
export function statementNames(capacity = CAPACITY) {
  const names = new Map<string, string>();
  return {
    /** The name for `text`, or undefined when it is to go unnamed. */
    nameOf(text: string, parameters: number): string | undefined {
      if (parameters === 0 || text.length > LONGEST) return undefined;
      const known = names.get(text);
      if (known !== undefined || names.size >= capacity) return known;
      const name = `mieruka_${names.size + 1}`;
      names.set(text, name);
      return name;
    },
    get size() {
      return names.size;
    },
  };
}

type Names = ReturnType<typeof statementNames>;

/**
 * A pg Client class whose `query(text, values)` (Kysely's call, and pg Pool's) sends a named
 * statement. The
 * names are shared by a pool's connections; each connection prepares a name the first time it
 * meets it (pg keeps track).
 * @example new pg.Pool({ connectionString, Client: namingClient(statementNames()) })
 */
export function namingClient(names: Names): typeof pg.Client {
  class NamingClient extends pg.Client {}
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  function namedQuery(this: pg.Client, ...args: unknown[]): unknown {
    const [text, values, callback] = args;
    if (typeof text === 'string' && Array.isArray(values)) {
      const name = names.nameOf(text, values.length);
      if (name !== undefined) return query.call(this, { name, text, values }, callback);
    }
    return query.apply(this, args);
  }
  Object.defineProperty(NamingClient.prototype, 'query', { value: namedQuery, writable: true });
  return NamingClient;
}

// node-postgres's pool as Kysely uses it, hardened for a database that restarts under a running
// server: a connection that cannot be opened fails as DatabaseUnavailableError (answered 503);
// a connection in use that the server ends is listened on (its 'error' event would otherwise
// crash the process) and destroyed when released instead of being handed out again. Idle
// connections the server ends are dropped by the pool itself. Statements named for the hot paths
// (named-statements.ts) are sent by name, so each connection has the server plan them once.
import type { PostgresPool } from "kysely";
import pg from "pg";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "./database-errors.ts";
import { statementNameOf } from "./named-statements.ts";

/** Kysely's `query(sql, parameters)`, as `query({ name, text, values })` for a named statement. */
function byName(args: unknown[]): unknown[] {
  const [text, values] = args;
  const name = typeof text === "string" ? statementNameOf(text) : undefined;
  return name === undefined || args.length > 2 || (values !== undefined && !Array.isArray(values))
    ? args
    : [{ name, text, values }];
}

/** Kysely's pool, whose connections are node-postgres's own (the prepared reads use them too). */
export type GuardedPool = PostgresPool & {
  connect(): Promise<pg.PoolClient>;
  /** One statement on a connection of the pool, handed back as soon as its answer is read. */
  query<Row extends unknown[]>(config: pg.QueryArrayConfig): Promise<pg.QueryArrayResult<Row>>;
  query<Row extends pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<Row>>;
};

export function openPostgresPool(url: string): GuardedPool {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on("error", () => undefined);
  const guarded = new WeakSet<pg.PoolClient>();
  const broken = new WeakSet<pg.PoolClient>();

  const guard = (client: pg.PoolClient) => {
    guarded.add(client);
    client.on("error", () => broken.add(client));
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    // The failed statement tells first that the server went away; the 'error' event may come
    // only after the client was released.
    client.query = ((...args: unknown[]) => {
      const result = query(...byName(args));
      return result instanceof Promise
        ? result.catch((error: unknown) => {
            if (isDatabaseUnavailable(error)) {
              broken.add(client);
            }
            throw error;
          })
        : result;
    }) as typeof client.query;
  };

  const connect = async () => {
    const client = await pool.connect().catch((error: unknown) => {
      throw new DatabaseUnavailableError(error);
    });
    if (!guarded.has(client)) {
      guard(client);
    }
    // The pool sets a fresh release on every checkout: a broken client is released with an
    // error, which makes the pool destroy it (Kysely releases with `false` otherwise).
    const release = client.release.bind(client);
    client.release = (error?: Error | boolean) =>
      release(error || (broken.has(client) ? new Error("lost its server") : undefined));
    return client;
  };
  // By callback, as node-postgres's own pool.query does: the connection goes back to the pool (and
  // to the next request waiting for one) from inside the answer's last message. Awaiting
  // connect() and the query instead made requests' rows survive V8's young-generation
  // collections, measured (docs/architecture.md, "Memory on the request path").
  const query = (config: pg.QueryConfig) =>
    new Promise<pg.QueryResult>((resolve, reject) => {
      pool.connect((connectError, client, release) => {
        if (connectError !== undefined || client === undefined) {
          reject(new DatabaseUnavailableError(connectError));
          return;
        }
        if (!guarded.has(client)) {
          guard(client);
        }
        client.query(config, (error: Error | null, result: pg.QueryResult) => {
          const lost = broken.has(client) || (error !== null && isDatabaseUnavailable(error));
          release(lost ? (error ?? new Error("lost its server")) : undefined);
          if (error === null) {
            resolve(result);
          } else {
            reject(error);
          }
        });
      });
    });
  return {
    connect,
    query: query as GuardedPool["query"],
    end: () => pool.end(),
    options: pool.options,
    Client: pg.Client,
  };
}

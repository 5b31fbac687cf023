// Kysely's statements outside a transaction on PostgreSQL, sent through the guarded pool's `query`
// (postgres-pool.ts): the connection goes back to the pool from inside the answer, as the
// prepared reads' does, instead of Kysely's driver awaiting `connect()`, the statement and the
// release around it (docs/architecture.md, "Memory on the request path"). Only the root executor
// of a Kysely instance runs such statements: a transaction and `db.connection()` get executors of
// their own (Kysely's `withConnectionProvider`), which keep one connection for all their
// statements the usual way. Kysely still builds and compiles every statement.
import type { CompiledQuery, QueryExecutor, QueryResult } from "kysely";
import type pg from "pg";
import { statementNameOf } from "./named-statements.ts";
import type { GuardedPool } from "./postgres-pool.ts";

/** The commands whose row count Kysely reports as `numAffectedRows` (as its PostgresDriver does). */
const writeCommands = new Set(["INSERT", "UPDATE", "DELETE", "MERGE"]);

export function sendLoneStatementsThroughPool(
  executor: QueryExecutor,
  pool: Pick<GuardedPool, "query">,
  onStatement?: (sql: string) => void,
): void {
  const throughDriver = executor.executeQuery.bind(executor);
  const executeQuery = async <Row>(
    compiledQuery: CompiledQuery<Row>,
    options?: Parameters<QueryExecutor["executeQuery"]>[1],
  ): Promise<QueryResult<Row>> => {
    // Kysely's abortable statements and its result plugins (Gatehouse uses neither) stay with it.
    if (options?.signal !== undefined || executor.plugins.length > 0) {
      return throughDriver(compiledQuery, options);
    }
    onStatement?.(compiledQuery.sql);
    const answer = await pool
      .query<pg.QueryResultRow>({
        name: statementNameOf(compiledQuery.sql),
        text: compiledQuery.sql,
        values: [...compiledQuery.parameters],
      })
      .catch((error: unknown) => {
        // As node-postgres's own promises do: a stack that leads back to the statement's caller.
        if (error instanceof Error) {
          Error.captureStackTrace(error);
        }
        throw error;
      });
    const rows = answer.rows as Row[];
    return writeCommands.has(answer.command)
      ? { rows, numAffectedRows: BigInt(answer.rowCount ?? 0) }
      : { rows };
  };
  executor.executeQuery = executeQuery;
}

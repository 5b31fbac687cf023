// A Kysely query on a hot path, built and compiled once per database and then sent with
// its values bound: building the same query tree again on every request cost more than running
// it (issue 14's token endpoint profile). The query is built with placeholder values; each
// parameter of the compiled SQL that is a placeholder takes the caller's value in its place,
// every other parameter (a constant written in the query) keeps its own. A statement compiled
// `named` is also sent by name on PostgreSQL (named-statements.ts).
import { CompiledQuery, type Compilable, type DialectAdapter } from "kysely";
import type { Db } from "./database.ts";
import { nameStatement } from "./named-statements.ts";

type Slot = { argument: number } | { constant: unknown };

export type CompiledOnce<Args extends readonly unknown[], Row> = (
  db: Db,
  ...args: Args
) => CompiledQuery<Row>;

/**
 * `build` must use each placeholder as a value only (never to decide the query's shape), and the
 * placeholders must be distinct values that no constant of the query equals.
 */
export function compiledOnce<Args extends readonly unknown[], Row>(
  build: (db: Db, ...args: Args) => Compilable<Row>,
  placeholders: Args,
  options: { named?: boolean } = {},
): CompiledOnce<Args, Row> {
  if (new Set(placeholders).size !== placeholders.length) {
    throw new Error("compiledOnce: placeholders must be distinct");
  }
  // Keyed by the database's dialect adapter, which its transactions share: a query compiled once
  // serves the handle and every transaction opened on it.
  const compiledFor = new WeakMap<DialectAdapter, { sql: string; slots: Slot[] }>();
  const compile = (db: Db) => {
    const query = build(db, ...placeholders).compile();
    const slots = query.parameters.map((value): Slot => {
      const argument = placeholders.indexOf(value);
      return argument === -1 ? { constant: value } : { argument };
    });
    const used = new Set(slots.flatMap((slot) => ("argument" in slot ? [slot.argument] : [])));
    if (used.size !== placeholders.length) {
      throw new Error("compiledOnce: a placeholder is not a parameter of the compiled query");
    }
    if (options.named === true) {
      nameStatement(query.sql);
    }
    const compiled = { sql: query.sql, slots };
    compiledFor.set(db.getExecutor().adapter, compiled);
    return compiled;
  };
  return (db, ...args) => {
    const { sql, slots } = compiledFor.get(db.getExecutor().adapter) ?? compile(db);
    const parameters = slots.map((slot) =>
      "argument" in slot ? args[slot.argument] : slot.constant,
    );
    return CompiledQuery.raw(sql, parameters);
  };
}

// A test's own connection to the SQLite file a running portal serves from, for the few steps that
// set up a state no screen can reach (a clock moved on, a row aged). The server holds the write
// lock for each of its transactions (they begin IMMEDIATE: server/storage/sqlite-driver.ts), so
// this connection waits up to 5 s for it, as the server's own do, instead of failing at once with
// "database is locked" (seen in a full test run).
import { DatabaseSync } from "node:sqlite";

export function openPortalDatabase(file: string): DatabaseSync {
  return new DatabaseSync(file, { timeout: 5_000 });
}

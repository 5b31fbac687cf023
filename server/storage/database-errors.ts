// Whether an error means the database cannot be reached right now (down, restarting, failing
// over) rather than that a statement was wrong: such a request is answered 503, not 500, and
// the pool opens fresh connections by itself once the database is back.

/** The pool could not open a connection (refused, reset, timed out); `cause` says how. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super("The database cannot be reached", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

/** SQLSTATE of a lost or refused connection, or a server shutting down (PostgreSQL appendix A). */
const unavailableStates = /^(08\d{3}|57P01|57P02|57P03|53300)$/;
/** What node-postgres says when a connection it was using went away mid-query. */
const lostConnectionMessages = [
  "Connection terminated",
  "Client has encountered a connection error and is not queryable",
];

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) {
    return true;
  }
  if (typeof error !== "object" || error === null) {
    return false;
  }
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === "string" && unavailableStates.test(code)) {
    return true;
  }
  if (
    typeof message === "string" &&
    lostConnectionMessages.some((text) => message.startsWith(text))
  ) {
    return true;
  }
  return cause !== error && cause !== undefined && isDatabaseUnavailable(cause);
}

/**
 * Whether a statement broke a unique constraint (PostgreSQL SQLSTATE 23505, SQLite's
 * SQLITE_CONSTRAINT_UNIQUE): two writers raced past the same check, and the database kept one.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) {
    return false;
  }
  const { code, errcode, message } = error as {
    code?: unknown;
    errcode?: unknown;
    message?: unknown;
  };
  return (
    code === "23505" ||
    errcode === 2067 ||
    (typeof message === "string" && message.includes("UNIQUE constraint failed"))
  );
}

// The rate-limit store a server instance counts in: in memory for one instance on SQLite, in the
// database on PostgreSQL, where several instances must share one count for a limit to hold.
import type { DatabaseConfig } from "../config/settings.ts";
import { countInDatabase } from "./database-rate-limit-store.ts";
import type { Db } from "./database.ts";
import { countInMemory } from "./memory-rate-limit-store.ts";
import type { RateLimitStore } from "./rate-limit-store.ts";

export function rateLimitStoreFor(db: Db, config: DatabaseConfig): RateLimitStore {
  return config.dialect === "postgres" ? countInDatabase(db) : countInMemory();
}

// What every admin command shares: where it reads and prints, the one error a mistyped command
// gets (its message is all the user sees), the actor it records, and the common argument checks.
import type { ServerConfig } from "../../config/config.ts";
import { systemClock } from "../../lib/clock.ts";
import type { Mailer } from "../../mail/mailer.ts";
import type { AnnounceChange } from "../../storage/change-topics.ts";
import type { Db } from "../../storage/database.ts";
import { findUserByEmail, normalizeEmail } from "../../storage/users.ts";
import type { AdminActor } from "../admin-actor.ts";

export type AdminIo = {
  db: Db;
  stdin: () => Promise<string>;
  print: (line: string) => void;
  /** For invitations: where mail goes and the portal address its link points to. */
  mailer?: Mailer;
  publicUrl?: string | undefined;
  /** For commands that seal or open secrets with the server key (sso rotate-keys). */
  config?: Pick<ServerConfig, "mode" | "secretKey">;
  /** Tells running servers that shared state changed (policies, SSO keys); none in tests. */
  announce?: AnnounceChange;
};

/** A command the CLI cannot run as given; the message says what to change. */
export class UsageError extends Error {}

/** The CLI acts as "cli" in the audit log, at the time the command runs. */
export function cliActor(io: AdminIo): AdminActor {
  return { db: io.db, now: systemClock.now(), actorId: "cli" };
}

export function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === "") {
    throw new UsageError(`${name} is required.`);
  }
  return value.trim();
}

export async function userWithEmail(io: AdminIo, email: string) {
  const user = await findUserByEmail(io.db, email);
  if (user === undefined) {
    throw new UsageError(`No user has the email ${normalizeEmail(email)}.`);
  }
  return user;
}

export function parseLimit(value: string | undefined): number {
  const limit = Number(value ?? "50");
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new UsageError("--limit must be a whole number from 1 to 1000.");
  }
  return limit;
}

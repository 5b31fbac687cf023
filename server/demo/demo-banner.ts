// The lines `npm start` prints in demo mode: where to go and how to sign in — each demo password
// only while it still works, so a newcomer who changed one is not sent to a failing sign-in.
import { verifyPassword } from "../auth/password.ts";
import type { DatabaseConfig } from "../config/settings.ts";
import type { Db } from "../storage/database.ts";
import { findUserByEmail } from "../storage/users.ts";
import { demoAccounts } from "./demo-accounts.ts";

export async function describeDemo(db: Db, url: string, database: DatabaseConfig): Promise<string> {
  const lines = [`Gatehouse portal (demo data): ${url}`];
  let changed = false;
  for (const [label, account] of [
    ["Employee:", demoAccounts.employee],
    ["Admin:   ", demoAccounts.admin],
  ] as const) {
    if (await stillSignsIn(db, account)) {
      lines.push(`  ${label} ${account.email} / ${account.password}`);
    } else {
      changed = true;
      lines.push(`  ${label} ${account.email} (its demo password no longer works)`);
    }
  }
  if (changed) {
    lines.push(
      `  To start the demo over, stop Gatehouse and delete ${describeDatabase(database)}.`,
    );
  }
  return lines.join("\n");
}

async function stillSignsIn(db: Db, account: { email: string; password: string }) {
  const user = await findUserByEmail(db, account.email);
  return (
    user !== undefined &&
    user.status === "active" &&
    user.password_hash !== null &&
    (await verifyPassword(user.password_hash, account.password))
  );
}

function describeDatabase(database: DatabaseConfig): string {
  return database.dialect === "sqlite" ? database.path : "the demo database";
}

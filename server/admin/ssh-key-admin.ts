// Admin CLI commands for SSH keys: a user's keys, and the authorized_keys export that servers
// consume (`gatehouse-admin ssh-keys export > authorized_keys`).
import { exportAuthorizedKeys, listSshKeys } from "../ssh/ssh-keys.ts";
import type { User } from "../storage/schema.ts";
import type { AdminIo } from "./cli.ts";

export const sshKeyUsage = `  ssh-keys list --email EMAIL
  ssh-keys export [--email EMAIL]       authorized_keys lines of active users (all, or one)`;

export async function runSshKeyCommand(
  command: "ssh-keys list" | "ssh-keys export",
  user: User | undefined,
  io: AdminIo,
): Promise<void> {
  if (command === "ssh-keys list") {
    if (user === undefined) {
      throw new Error("ssh-keys list needs a user");
    }
    const keys = await listSshKeys(io.db, user.id);
    if (keys.length === 0) {
      io.print(`${user.email} has no SSH keys.`);
    }
    for (const key of keys) {
      io.print(
        [
          key.fingerprint,
          key.type,
          String(key.bits),
          key.name,
          new Date(key.created_at).toISOString(),
        ].join("\t"),
      );
    }
    return;
  }
  const exported = await exportAuthorizedKeys(io.db, user === undefined ? undefined : [user.id]);
  for (const line of exported.split("\n").filter((entry) => entry !== "")) {
    io.print(line);
  }
}

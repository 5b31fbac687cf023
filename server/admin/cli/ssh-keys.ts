// `gatehouse-admin ssh-keys …`: a user's SSH keys, and the authorized_keys export that servers
// consume (`npm run admin -- ssh-keys export --group Engineers > authorized_keys`).
import { parseArgs } from "node:util";
import { findGroupByName, listGroupMemberIds } from "../../apps/app-store.ts";
import { exportAuthorizedKeys, listSshKeys } from "../../ssh/ssh-keys.ts";
import { normalizeEmail } from "../../storage/users.ts";
import { UsageError, userWithEmail, type AdminIo } from "./io.ts";

export const sshKeyUsage = `  ssh-keys list --email EMAIL
  ssh-keys export [--email EMAIL | --group NAME]
                                           (authorized_keys lines of active users)`;

export async function runSshKeyCommand(argv: string[], io: AdminIo): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: "string" }, group: { type: "string" } },
  });
  const command = positionals.join(" ");
  const userIds = async (): Promise<string[] | undefined> => {
    if (values.email !== undefined) {
      return [(await userWithEmail(io, values.email)).id];
    }
    if (values.group !== undefined) {
      const group = await findGroupByName(io.db, values.group);
      if (group === undefined) {
        throw new UsageError(`No group is named ${values.group}.`);
      }
      return listGroupMemberIds(io.db, group.id);
    }
    return undefined;
  };

  switch (command) {
    case "ssh-keys list": {
      if (values.email === undefined) {
        throw new UsageError("--email is required.");
      }
      const [userId = ""] = (await userIds()) ?? [];
      const keys = await listSshKeys(io.db, userId);
      if (keys.length === 0) {
        io.print(`${normalizeEmail(values.email)} has no SSH keys.`);
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
    case "ssh-keys export": {
      const exported = await exportAuthorizedKeys(io.db, await userIds());
      for (const line of exported.split("\n").filter((entry) => entry !== "")) {
        io.print(line);
      }
      return;
    }
    default:
      throw new UsageError(`Unknown command "${command}".\n\n${sshKeyUsage}`);
  }
}

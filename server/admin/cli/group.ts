// `gatehouse-admin group …`: groups and their members, over the same operations as
// /api/admin/groups* (server/admin/group-admin.ts).
import { parseArgs } from "node:util";
import { listGroupMemberIds, listGroups } from "../../apps/app-store.ts";
import type { CatalogResult } from "../app-admin.ts";
import { changeMembership, createGroup, removeGroup } from "../group-admin.ts";
import { cliActor, required, UsageError, userWithEmail, type AdminIo } from "./io.ts";

export const groupUsage = `  group list | group create NAME | group delete NAME
  group add-member NAME --email EMAIL | group remove-member NAME --email EMAIL`;

export async function runGroupCommand(argv: string[], io: AdminIo): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: "string" } },
  });
  const [, verb = "", name] = positionals;
  const actor = cliActor(io);
  switch (verb) {
    case "list":
      for (const group of await listGroups(io.db)) {
        const members = await listGroupMemberIds(io.db, group.id);
        io.print(`${group.name}\t${members.length} members\t${group.id}`);
      }
      return;
    case "create": {
      const created = catalogValue(
        await createGroup(actor, required(name, "a group name")),
        "group",
      );
      io.print(`Created group ${created.name}.`);
      return;
    }
    case "delete":
      catalogValue(await removeGroup(actor, (await groupNamed(io, name)).id), "group");
      io.print("Deleted.");
      return;
    case "add-member":
    case "remove-member": {
      const group = await groupNamed(io, name);
      const user = await userWithEmail(io, required(values.email, "--email"));
      catalogValue(
        await changeMembership(actor, group.id, user.id, verb === "add-member"),
        "group",
      );
      io.print(verb === "add-member" ? `Added ${user.email}.` : `Removed ${user.email}.`);
      return;
    }
    default:
      throw new UsageError(`Unknown command "group ${verb}".\n\n${groupUsage}`);
  }
}

export async function groupNamed(io: AdminIo, name: string | undefined) {
  const group = (await listGroups(io.db)).find((candidate) => candidate.name === name);
  if (group === undefined) {
    throw new UsageError(`No group is named ${name ?? "(missing)"}.`);
  }
  return group;
}

/** The value of a catalog operation, or the problem in the words of its command-line flag. */
export function catalogValue<T>(result: CatalogResult<T>, what: "app" | "group"): T {
  if (result.ok) {
    return result.value;
  }
  throw new UsageError(
    result.reason === "not_found"
      ? `No such ${what}.`
      : `--${flagOf(result.field)} ${result.problem}.`,
  );
}

function flagOf(field: string): string {
  return field
    .replace(/^(bookmark|saml|oidc)\./, "")
    .replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

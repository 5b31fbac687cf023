// `gatehouse-admin policy …`: read and change the admin policies, with the same checks as
// PUT /api/admin/policies/:kind (server/admin/policy-admin.ts).
import { readPolicy } from "../../policies/policy-store.ts";
import { policyKinds, type PolicyKind } from "../../schemas/policies.ts";
import { announceNothing } from "../../storage/change-topics.ts";
import { changePolicy } from "../policy-admin.ts";
import { cliActor, UsageError, type AdminIo } from "./io.ts";

export const policyUsage = `  policy list
  policy get KIND                          (KIND: ${policyKinds.join(", ")})
  policy set KIND SETTING=VALUE [...]      (e.g. policy set lockout threshold=5 mode=admin)`;

export async function runPolicyCommand(argv: string[], io: AdminIo): Promise<void> {
  const [, verb = "", kind, ...settings] = argv;
  switch (verb) {
    case "list":
      for (const each of policyKinds) {
        io.print(`${each}\t${JSON.stringify(await readPolicy(io.db, each))}`);
      }
      return;
    case "get":
      io.print(JSON.stringify(await readPolicy(io.db, requireKind(kind)), null, 2));
      return;
    case "set": {
      const named = requireKind(kind);
      const result = await changePolicy(
        cliActor(io),
        named,
        parseSettings(settings),
        io.announce ?? announceNothing,
      );
      if (!result.ok) {
        throw new UsageError(`The ${named} policy was not changed: ${result.problem}.`);
      }
      io.print(`${named}\t${JSON.stringify(result.value)}`);
      return;
    }
    default:
      throw new UsageError(`Unknown command "policy ${verb}".\n\n${policyUsage}`);
  }
}

function requireKind(value: string | undefined): PolicyKind {
  if (value === undefined || !(policyKinds as string[]).includes(value)) {
    throw new UsageError(`Name a policy: ${policyKinds.join(", ")}.`);
  }
  return value as PolicyKind;
}

/** SETTING=VALUE pairs; values are read as JSON where they parse (numbers, true, lists). */
function parseSettings(pairs: string[]): Record<string, unknown> {
  if (pairs.length === 0) {
    throw new UsageError("Give at least one SETTING=VALUE.");
  }
  return Object.fromEntries(
    pairs.map((pair) => {
      const index = pair.indexOf("=");
      if (index <= 0) {
        throw new UsageError(`"${pair}" is not SETTING=VALUE.`);
      }
      const raw = pair.slice(index + 1);
      let value: unknown = raw;
      try {
        value = JSON.parse(raw);
      } catch {
        // A bare word such as mode=admin stays a string.
      }
      return [pair.slice(0, index), value];
    }),
  );
}

// `gatehouse-admin request-flow …`: which apps employees may request and how requests are
// approved, over the same operations as /api/admin/request-flows* (server/requests/).
import { parseArgs } from "node:util";
import {
  listRequestFlows,
  removeRequestFlow,
  setRequestFlow,
} from "../../requests/request-flows.ts";
import { announceNothing } from "../../storage/change-topics.ts";
import type { ApprovalStep } from "../../storage/requests-schema.ts";
import { catalogValue, groupNamed } from "./group.ts";
import { cliActor, required, UsageError, userWithEmail, type AdminIo } from "./io.ts";

export const requestFlowUsage = `  request-flow list | request-flow remove APP_ID
  request-flow set APP_ID --target-group NAME [--requesters-group NAME]
      --step manager|admins|group:NAME|users:EMAIL,EMAIL … (one per step, in order)
      [--durations 7,30 | --max-days N] [--expire-after-days 30]`;

async function parseStep(io: AdminIo, text: string): Promise<ApprovalStep> {
  const [kind = "", argument = ""] = text.split(/:(.*)/s);
  switch (kind) {
    case "manager":
    case "admins":
      return { approver: kind };
    case "group":
      return { approver: "group", groupId: (await groupNamed(io, argument)).id };
    case "users": {
      const emails = argument.split(",").filter((email) => email !== "");
      const users = await Promise.all(emails.map((email) => userWithEmail(io, email)));
      return { approver: "users", userIds: users.map((user) => user.id) };
    }
    default:
      throw new UsageError(`--step ${text}: use manager, admins, group:NAME or users:EMAIL,EMAIL.`);
  }
}

function days(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (!/^\d{1,3}$/.test(value)) {
    throw new UsageError(`${flag} takes a whole number of days.`);
  }
  return Number(value);
}

export async function runRequestFlowCommand(argv: string[], io: AdminIo): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "target-group": { type: "string" },
      "requesters-group": { type: "string" },
      step: { type: "string", multiple: true },
      durations: { type: "string" },
      "max-days": { type: "string" },
      "expire-after-days": { type: "string" },
    },
  });
  const [, verb = "", appId] = positionals;
  const actor = cliActor(io);
  switch (verb) {
    case "list":
      for (const flow of await listRequestFlows(io.db)) {
        const steps = flow.steps.map((step) => step.approver).join(" → ");
        io.print(`${flow.appId}\t${steps}\texpires after ${flow.expireAfterDays} days`);
      }
      return;
    case "set": {
      const steps = await Promise.all((values.step ?? []).map((step) => parseStep(io, step)));
      const requesters = values["requesters-group"];
      const flow = await setRequestFlow(actor, required(appId, "an app id"), {
        targetGroupId: (await groupNamed(io, required(values["target-group"], "--target-group")))
          .id,
        requestersGroupId: requesters === undefined ? null : (await groupNamed(io, requesters)).id,
        steps,
        durationsDays: (values.durations ?? "")
          .split(",")
          .filter((part) => part !== "")
          .map((part) => days(part, "--durations") ?? 0),
        maxDurationDays: days(values["max-days"], "--max-days") ?? null,
        expireAfterDays: days(values["expire-after-days"], "--expire-after-days"),
      });
      catalogValue(flow, "app");
      io.print(`App ${appId ?? ""} is requestable, approved in ${steps.length} step(s).`);
      return;
    }
    case "remove": {
      const removed = await removeRequestFlow(
        actor,
        required(appId, "an app id"),
        io.announce ?? announceNothing,
      );
      if (!removed.ok) {
        throw new UsageError("That app is not requestable.");
      }
      io.print(`Removed; ${removed.cancelled} undecided request(s) cancelled.`);
      return;
    }
    default:
      throw new UsageError(`Unknown command "request-flow ${verb}".\n\n${requestFlowUsage}`);
  }
}

// Request flows, one per requestable app (docs/admin.md "Access requests"): who may ask, who
// approves in which steps, the durations allowed, when an undecided request expires and which
// group a grant adds the requester to. Shared by the admin API and CLI; every change is audited
// in its transaction with the flow's settings before and after (request-flow-audit.ts).
import { assignApp, findApp, findGroup, listAssignments } from "../apps/app-store.ts";
import { invalid, type Invalid } from "../apps/app-definition.ts";
import { auditChange, changeDetails } from "../audit/audit-change.ts";
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import { changeTopics, type AnnounceChange } from "../storage/change-topics.ts";
import type { Db } from "../storage/database.ts";
import type { ApprovalStep, RequestFlowRow } from "../storage/requests-schema.ts";
import { findUserById } from "../storage/users.ts";
import { flowAuditValues } from "./request-flow-audit.ts";

export const requestLimits = {
  steps: 5,
  namedApprovers: 20,
  durations: 10,
  days: 365,
  defaultExpireAfterDays: 30,
} as const;

export type RequestFlow = {
  appId: string;
  targetGroupId: string;
  /** null: every active user may request the app; else only this group's members. */
  requestersGroupId: string | null;
  steps: ApprovalStep[];
  /** Non-empty: the requester picks one of these. Empty: up to maxDurationDays, or permanent. */
  durationsDays: number[];
  maxDurationDays: number | null;
  expireAfterDays: number;
};

export type FlowDefinition = Omit<RequestFlow, "appId" | "expireAfterDays"> & {
  expireAfterDays?: number;
};

export type FlowActor = { db: Db; now: number; actorId: string | null; origin?: AuditOrigin };

export type FlowResult =
  { ok: true; value: RequestFlow } | Invalid | { ok: false; reason: "not_found" };

export function flowFromRow(row: RequestFlowRow): RequestFlow {
  return {
    appId: row.app_id,
    targetGroupId: row.target_group_id,
    requestersGroupId: row.requesters_group_id,
    steps: JSON.parse(row.steps) as ApprovalStep[],
    durationsDays: JSON.parse(row.durations_days) as number[],
    maxDurationDays: row.max_duration_days,
    expireAfterDays: row.expire_after_days,
  };
}

export async function findRequestFlow(db: Db, appId: string): Promise<RequestFlow | undefined> {
  const row = await db
    .selectFrom("request_flows")
    .selectAll()
    .where("app_id", "=", appId)
    .executeTakeFirst();
  return row === undefined ? undefined : flowFromRow(row);
}

export async function listRequestFlows(db: Db): Promise<RequestFlow[]> {
  const rows = await db.selectFrom("request_flows").selectAll().orderBy("app_id").execute();
  return rows.map(flowFromRow);
}

const isDays = (value: number) =>
  Number.isInteger(value) && value >= 1 && value <= requestLimits.days;

async function checkSteps(db: Db, steps: ApprovalStep[]): Promise<Invalid | undefined> {
  if (steps.length === 0 || steps.length > requestLimits.steps) {
    return invalid("steps", `must have 1 to ${requestLimits.steps} steps`);
  }
  for (const [index, step] of steps.entries()) {
    if (step.approver === "group" && (await findGroup(db, step.groupId)) === undefined) {
      return invalid(`steps.${index}.groupId`, "is not a group");
    }
    if (step.approver === "users") {
      const ids = new Set(step.userIds);
      if (ids.size === 0 || ids.size > requestLimits.namedApprovers) {
        return invalid(
          `steps.${index}.userIds`,
          `must name 1 to ${requestLimits.namedApprovers} approvers`,
        );
      }
      for (const id of ids) {
        if ((await findUserById(db, id)) === undefined) {
          return invalid(`steps.${index}.userIds`, "names a user who does not exist");
        }
      }
    }
  }
  return undefined;
}

function checkDurations(definition: FlowDefinition): Invalid | undefined {
  const { durationsDays, maxDurationDays } = definition;
  if (maxDurationDays !== null && !isDays(maxDurationDays)) {
    return invalid("maxDurationDays", `must be 1 to ${requestLimits.days} days`);
  }
  if (durationsDays.length > requestLimits.durations || !durationsDays.every(isDays)) {
    return invalid(
      "durationsDays",
      `must be up to ${requestLimits.durations} whole days of 1 to ${requestLimits.days}`,
    );
  }
  if (maxDurationDays !== null && durationsDays.some((days) => days > maxDurationDays)) {
    return invalid("durationsDays", "must not be longer than the maximum duration");
  }
  const expireAfterDays = definition.expireAfterDays ?? requestLimits.defaultExpireAfterDays;
  return isDays(expireAfterDays)
    ? undefined
    : invalid("expireAfterDays", `must be 1 to ${requestLimits.days} days`);
}

/** Makes the app requestable with this flow, or replaces its flow (requests already made keep theirs). */
export function setRequestFlow(
  actor: FlowActor,
  appId: string,
  definition: FlowDefinition,
): Promise<FlowResult> {
  return actor.db.isTransaction
    ? setRequestFlowWithin(actor, appId, definition)
    : actor.db
        .transaction()
        .execute((db) => setRequestFlowWithin({ ...actor, db }, appId, definition));
}

async function setRequestFlowWithin(
  actor: FlowActor,
  appId: string,
  definition: FlowDefinition,
): Promise<FlowResult> {
  const app = await findApp(actor.db, appId);
  if (app === undefined) {
    return { ok: false, reason: "not_found" };
  }
  if ((await findGroup(actor.db, definition.targetGroupId)) === undefined) {
    return invalid("targetGroupId", "is not a group");
  }
  if (
    definition.requestersGroupId !== null &&
    (await findGroup(actor.db, definition.requestersGroupId)) === undefined
  ) {
    return invalid("requestersGroupId", "is not a group");
  }
  const problem = (await checkSteps(actor.db, definition.steps)) ?? checkDurations(definition);
  if (problem !== undefined) {
    return problem;
  }
  const flow: RequestFlow = {
    appId,
    targetGroupId: definition.targetGroupId,
    requestersGroupId: definition.requestersGroupId,
    steps: definition.steps.map(normalizeStep),
    durationsDays: [...new Set(definition.durationsDays)].sort((a, b) => a - b),
    maxDurationDays: definition.maxDurationDays,
    expireAfterDays: definition.expireAfterDays ?? requestLimits.defaultExpireAfterDays,
  };
  const columns = {
    target_group_id: flow.targetGroupId,
    requesters_group_id: flow.requestersGroupId,
    steps: JSON.stringify(flow.steps),
    durations_days: JSON.stringify(flow.durationsDays),
    max_duration_days: flow.maxDurationDays,
    expire_after_days: flow.expireAfterDays,
    updated_at: actor.now,
  };
  const before = await findRequestFlow(actor.db, appId);
  await actor.db
    .insertInto("request_flows")
    .values({ app_id: appId, created_at: actor.now, ...columns })
    .onConflict((conflict) => conflict.column("app_id").doUpdateSet(columns))
    .execute();
  await assignToTargetGroup(actor, flow);
  await recordAuditEvent(actor.db, {
    event: "request_flow.changed",
    at: actor.now,
    actorId: actor.actorId,
    targetId: appId,
    origin: actor.origin,
    details: changeDetails(auditChange(flowAuditValues(before), flowAuditValues(flow)), {
      name: app.display_name,
    }),
  });
  return { ok: true, value: flow };
}

/** A grant adds the requester to the target group, so the app must be assigned to that group. */
async function assignToTargetGroup(actor: FlowActor, flow: RequestFlow): Promise<void> {
  const assignments = await listAssignments(actor.db, flow.appId);
  const assigned = assignments.some(
    (row) => row.principal_type === "group" && row.principal_id === flow.targetGroupId,
  );
  if (!assigned) {
    const assignment = { principalType: "group" as const, principalId: flow.targetGroupId };
    await assignApp(actor.db, { appId: flow.appId, ...assignment, now: actor.now });
    await recordAuditEvent(actor.db, {
      event: "app.assigned",
      at: actor.now,
      actorId: actor.actorId,
      targetId: flow.appId,
      origin: actor.origin,
      details: { ...assignment, requestFlow: true },
    });
  }
}

/** Only what each kind of step needs, named approvers once each. */
function normalizeStep(step: ApprovalStep): ApprovalStep {
  switch (step.approver) {
    case "users":
      return { approver: "users", userIds: [...new Set(step.userIds)] };
    case "group":
      return { approver: "group", groupId: step.groupId };
    default:
      return { approver: step.approver };
  }
}

/**
 * The app is no longer requestable; undecided requests for it are cancelled (audited), and once
 * that is committed every instance is told, so the desktop apps showing them let them go.
 */
export async function removeRequestFlow(
  actor: FlowActor,
  appId: string,
  announce: AnnounceChange,
): Promise<{ ok: true; cancelled: number } | { ok: false; reason: "not_found" }> {
  const outcome = await removeRequestFlowWithin(actor, appId);
  if (outcome.ok && outcome.cancelled > 0) {
    await announce(changeTopics.accessRequests);
  }
  return outcome;
}

function removeRequestFlowWithin(actor: FlowActor, appId: string) {
  return actor.db.transaction().execute(async (db) => {
    const before = await findRequestFlow(db, appId);
    const app = await findApp(db, appId);
    const removed = await db
      .deleteFrom("request_flows")
      .where("app_id", "=", appId)
      .executeTakeFirst();
    if (removed.numDeletedRows === 0n) {
      return { ok: false, reason: "not_found" } as const;
    }
    const cancelled = await db
      .updateTable("access_requests")
      .set({ state: "cancelled", decided_at: actor.now, decided_by: actor.actorId })
      .where("app_id", "=", appId)
      .where("state", "=", "pending")
      .returning(["id", "requester_id"])
      .execute();
    await recordAuditEvent(db, {
      event: "request_flow.removed",
      at: actor.now,
      actorId: actor.actorId,
      targetId: appId,
      origin: actor.origin,
      details: {
        name: app?.display_name ?? appId,
        cancelledRequests: cancelled.length,
        ...auditChange(flowAuditValues(before), flowAuditValues(undefined)),
      },
    });
    for (const request of cancelled) {
      await recordAuditEvent(db, {
        event: "request.cancelled",
        at: actor.now,
        actorId: actor.actorId,
        targetId: request.requester_id,
        reason: "flow_removed",
        details: { requestId: request.id, appId },
      });
    }
    return { ok: true, cancelled: cancelled.length } as const;
  });
}

/**
 * Whether `durationDays` is allowed: one of the listed durations; else up to the maximum (a
 * duration is then required); else none (the access lasts until an admin removes it).
 */
export function isAllowedDuration(flow: RequestFlow, durationDays: number | null): boolean {
  if (flow.durationsDays.length > 0) {
    return durationDays !== null && flow.durationsDays.includes(durationDays);
  }
  if (flow.maxDurationDays !== null) {
    return durationDays !== null && isDays(durationDays) && durationDays <= flow.maxDurationDays;
  }
  return durationDays === null;
}

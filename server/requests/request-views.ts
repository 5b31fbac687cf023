// What the portal shows about requests: the apps a user may request, their own requests with
// the approval progress (who must approve, who did), the requests waiting for an approver with
// the requester's profile and current access, and the admins' list of undecided requests.
import { listApps, listAssignedApps } from "../apps/app-store.ts";
import type { Db } from "../storage/database.ts";
import type { AccessRequestRow } from "../storage/requests-schema.ts";
import type {
  AccessRequestView,
  ApprovalItem,
  RequestableApp,
  RequestStep,
} from "../schemas/requests.ts";
import { findUserById } from "../storage/users.ts";
import { currentStep, stepsOf, waitsForDecisionOf } from "./notify-approvers.ts";
import { listRequestFlows } from "./request-flows.ts";
import { mayRequest } from "./submit-request.ts";

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());
/** Enough for a person's list; older requests stay in the audit log. */
const listLimit = 200;

async function namesOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom("users")
    .select(["id", "display_name"])
    .where("id", "in", ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

export async function listRequestableApps(
  db: Db,
  userId: string,
  search = "",
): Promise<RequestableApp[]> {
  const had = new Set((await listAssignedApps(db, userId)).map((app) => app.id));
  const flows = new Map((await listRequestFlows(db)).map((flow) => [flow.appId, flow]));
  const pending = await db
    .selectFrom("access_requests")
    .select(["id", "app_id"])
    .where("requester_id", "=", userId)
    .where("state", "=", "pending")
    .execute();
  const pendingByApp = new Map(pending.map((row) => [row.app_id, row.id]));
  const words = search.trim().toLowerCase();
  const apps: RequestableApp[] = [];
  for (const app of await listApps(db)) {
    const flow = flows.get(app.id);
    if (
      flow === undefined ||
      had.has(app.id) ||
      !app.display_name.toLowerCase().includes(words) ||
      !(await mayRequest(db, flow, userId))
    ) {
      continue;
    }
    apps.push({
      id: app.id,
      name: app.display_name,
      notes: app.notes,
      durationsDays: flow.durationsDays,
      maxDurationDays: flow.maxDurationDays,
      approvers: flow.steps.map((step) => step.approver),
      pendingRequestId: pendingByApp.get(app.id) ?? null,
    });
  }
  return apps;
}

export async function viewRequest(db: Db, request: AccessRequestRow): Promise<AccessRequestView> {
  const decisions = await db
    .selectFrom("access_request_decisions")
    .selectAll()
    .where("request_id", "=", request.id)
    .execute();
  const current = request.state === "pending" ? await currentStep(db, request) : undefined;
  const names = await namesOf(db, [
    ...decisions.map((decision) => decision.approver_id),
    ...(current?.deciders ?? []),
  ]);
  const steps: RequestStep[] = stepsOf(request).map((step, index) => {
    const decision = decisions.find((row) => row.step === index);
    const deciding = current?.index === index ? current.deciders : [];
    return {
      approver: step.approver,
      approverNames: deciding.map((id) => names.get(id) ?? id),
      decision: decision?.decision ?? null,
      decidedBy: decision === undefined ? null : (names.get(decision.approver_id) ?? null),
      decidedAt: iso(decision?.decided_at ?? null),
    };
  });
  const app = await db
    .selectFrom("apps")
    .select("display_name")
    .where("id", "=", request.app_id)
    .executeTakeFirst();
  return {
    id: request.id,
    app: { id: request.app_id, name: app?.display_name ?? "" },
    reason: request.reason,
    durationDays: request.duration_days,
    state: request.state,
    needsApprover:
      current === undefined || current.approvers.resolved ? null : current.approvers.missing,
    steps,
    createdAt: new Date(request.created_at).toISOString(),
    expiresAt: new Date(request.expires_at).toISOString(),
    decidedAt: iso(request.decided_at),
    accessEndsAt: iso(request.grant_ends_at),
    accessEnded: request.grant_ended_at !== null,
  };
}

export async function listOwnRequests(db: Db, userId: string): Promise<AccessRequestView[]> {
  const rows = await db
    .selectFrom("access_requests")
    .selectAll()
    .where("requester_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(listLimit)
    .execute();
  return Promise.all(rows.map((row) => viewRequest(db, row)));
}

async function approvalItem(db: Db, request: AccessRequestRow): Promise<ApprovalItem | undefined> {
  const requester = await findUserById(db, request.requester_id);
  if (requester === undefined) {
    return undefined;
  }
  return {
    request: await viewRequest(db, request),
    requester: {
      id: requester.id,
      name: requester.display_name,
      email: requester.email,
      jobTitle: requester.job_title,
      department: requester.department,
      manager: requester.manager,
      currentAccess: (await listAssignedApps(db, requester.id)).map((app) => app.display_name),
    },
  };
}

export function undecided(db: Db, now: number) {
  return db
    .selectFrom("access_requests")
    .selectAll()
    .where("state", "=", "pending")
    .where("expires_at", ">", now)
    .orderBy("created_at")
    .orderBy("id")
    .limit(listLimit)
    .execute();
}

/** The undecided requests `approverId` may decide now, oldest first. */
export async function listRequestsToApprove(
  db: Db,
  approverId: string,
  now: number,
): Promise<ApprovalItem[]> {
  const items: ApprovalItem[] = [];
  for (const request of await undecided(db, now)) {
    if (await waitsForDecisionOf(db, request, approverId)) {
      const item = await approvalItem(db, request);
      if (item !== undefined) {
        items.push(item);
      }
    }
  }
  return items;
}

/** Every undecided request, for the admins: those nobody can decide first. */
export async function listUndecidedRequests(db: Db, now: number): Promise<ApprovalItem[]> {
  const items: ApprovalItem[] = [];
  for (const request of await undecided(db, now)) {
    const item = await approvalItem(db, request);
    if (item !== undefined) {
      items.push(item);
    }
  }
  return items.sort(
    (a, b) => Number(b.request.needsApprover !== null) - Number(a.request.needsApprover !== null),
  );
}

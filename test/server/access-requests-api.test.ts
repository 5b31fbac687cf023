// The Requests API end to end on a real server: an employee finds and asks for an app, their
// manager sees it with the requester's profile and decides after a recent verification, the
// app appears in the employee's Applications; refusals answer stable codes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertBookmarkApp } from "../fixtures/bookmark-app.ts";
import type {
  AccessRequestList,
  AccessRequestView,
  ApprovalList,
  RequestableAppList,
} from "../../server/schemas/requests.ts";
import { updateUser } from "../../server/storage/users.ts";
import { dialects } from "../fixtures/databases.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

const minute = 60_000;

for (const dialect of dialects) {
  describe(`the Requests API (${dialect})`, () => {
    let server: TestServer;
    let employee: TestUser;
    let manager: TestUser;
    const employeeJar = new CookieJar();
    const managerJar = new CookieJar();
    const adminJar = new CookieJar();

    async function addApp(id: string, name: string) {
      await insertBookmarkApp(server.context.db, {
        id,
        organizationId: (
          await server.context.db.selectFrom("organizations").select("id").executeTakeFirstOrThrow()
        ).id,
        name,
      });
    }

    beforeAll(async () => {
      server = await startTestServer(dialect);
      const admin = await createTestUser(server, { role: "admin" });
      manager = await createTestUser(server);
      employee = await createTestUser(server);
      await updateUser(server.context.db, employee.id, { manager: manager.email });
      await signIn(server, adminJar, admin);
      await addApp("payroll", "Payroll");
      await addApp("wiki", "Team wiki");
      for (const [appId, name] of [
        ["payroll", "Payroll users"],
        ["wiki", "Wiki readers"],
      ]) {
        const groups = await callApi(server, adminJar, "POST", "/api/admin/groups", { name });
        const groupId = groups
          .json<{ groups: { id: string; name: string }[] }>()
          .groups.find((group) => group.name === name)?.id;
        const flow = await callApi(server, adminJar, "POST", `/api/admin/request-flows/${appId}`, {
          targetGroupId: groupId,
          requestersGroupId: null,
          steps: [{ approver: "manager" }],
          durationsDays: [7, 30],
          maxDurationDays: null,
        });
        expect(flow.statusCode, flow.body).toBe(200);
      }
      await signIn(server, employeeJar, employee);
      await signIn(server, managerJar, manager);
    });
    afterAll(() => server.close());

    it("an employee finds requestable apps by name and asks for one with a reason and a duration", async () => {
      const found = await callApi(server, employeeJar, "GET", "/api/requests/apps?q=pay");
      expect(
        found.json<RequestableAppList>().apps.map((app) => [app.name, app.durationsDays]),
      ).toEqual([["Payroll", [7, 30]]]);
      const all = await callApi(server, employeeJar, "GET", "/api/requests/apps");
      expect(all.json<RequestableAppList>().apps).toHaveLength(2);

      const noReason = await callApi(server, employeeJar, "POST", "/api/requests", {
        appId: "payroll",
        durationDays: 7,
      });
      expect(noReason.json()).toMatchObject({ code: "VALIDATION_FAILED" });
      const badDuration = await callApi(server, employeeJar, "POST", "/api/requests", {
        appId: "payroll",
        reason: "Month-end close",
        durationDays: 8,
      });
      expect(badDuration.json()).toMatchObject({
        code: "VALIDATION_FAILED",
        field: "durationDays",
      });
      const asked = await callApi(server, employeeJar, "POST", "/api/requests", {
        appId: "payroll",
        reason: "Month-end close",
        durationDays: 7,
      });
      expect(asked.statusCode, asked.body).toBe(200);
      const view = asked.json<AccessRequestView>();
      expect(view).toMatchObject({
        state: "pending",
        needsApprover: null,
        durationDays: 7,
        app: { name: "Payroll" },
      });
      expect(view.steps).toEqual([
        {
          approver: "manager",
          approverNames: [expect.any(String)],
          decision: null,
          decidedBy: null,
          decidedAt: null,
        },
      ]);
      const again = await callApi(server, employeeJar, "POST", "/api/requests", {
        appId: "payroll",
        reason: "Again",
        durationDays: 7,
      });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: "REQUEST_REFUSED", reason: "already_pending" });
    });

    it("the manager sees the reason, the requester's profile and access, and decides only after a recent verification", async () => {
      const list = await callApi(server, managerJar, "GET", "/api/requests/to-approve");
      const item = list
        .json<ApprovalList>()
        .requests.find((entry) => entry.request.app.id === "payroll");
      expect(item?.request.reason).toBe("Month-end close");
      expect(item?.requester).toMatchObject({
        id: employee.id,
        email: employee.email,
        manager: manager.email,
        currentAccess: [],
      });
      const id = item?.request.id ?? "";

      expect(
        (await callApi(server, employeeJar, "GET", "/api/requests/to-approve")).json<ApprovalList>()
          .requests,
      ).toEqual([]);
      const self = await callApi(server, employeeJar, "POST", `/api/requests/${id}/decision`, {
        decision: "approved",
      });
      expect(self.json()).toMatchObject({ code: "APPROVAL_REFUSED", reason: "self_approval" });

      server.clock.advance(6 * minute);
      const stale = await callApi(server, managerJar, "POST", `/api/requests/${id}/decision`, {
        decision: "approved",
      });
      expect(stale.json()).toMatchObject({ code: "RECENT_VERIFICATION_REQUIRED" });
      await callApi(server, managerJar, "POST", "/api/auth/reverify", {
        password: manager.password,
      });
      const approved = await callApi(server, managerJar, "POST", `/api/requests/${id}/decision`, {
        decision: "approved",
      });
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json<AccessRequestView>()).toMatchObject({
        state: "approved",
        steps: [{ decision: "approved" }],
      });
      const twice = await callApi(server, managerJar, "POST", `/api/requests/${id}/decision`, {
        decision: "denied",
      });
      expect(twice.json()).toMatchObject({ code: "REQUEST_REFUSED", reason: "not_pending" });

      const apps = await callApi(server, employeeJar, "GET", "/api/apps");
      expect(apps.json<{ apps: { id: string }[] }>().apps.map((app) => app.id)).toContain(
        "payroll",
      );
      const mine = await callApi(server, employeeJar, "GET", "/api/requests/mine");
      expect(mine.json<AccessRequestList>().requests[0]).toMatchObject({
        state: "approved",
        accessEnded: false,
      });
    });

    it("the employee cancels while pending, and only their own request", async () => {
      const asked = await callApi(server, employeeJar, "POST", "/api/requests", {
        appId: "wiki",
        reason: "Docs",
        durationDays: 30,
      });
      const id = asked.json<AccessRequestView>().id;
      expect(
        (await callApi(server, managerJar, "POST", `/api/requests/${id}/cancel`)).statusCode,
      ).toBe(404);
      expect(
        (await callApi(server, employeeJar, "POST", `/api/requests/${id}/cancel`)).statusCode,
      ).toBe(204);
      const again = await callApi(server, employeeJar, "POST", `/api/requests/${id}/cancel`);
      expect(again.json()).toMatchObject({ code: "REQUEST_REFUSED", reason: "not_pending" });
      const mine = await callApi(server, employeeJar, "GET", "/api/requests/mine");
      expect(
        mine.json<AccessRequestList>().requests.find((request) => request.id === id)?.state,
      ).toBe("cancelled");
    });

    it("admins list the flows and the undecided requests, and a flow for an unknown app is refused", async () => {
      const flows = await callApi(server, adminJar, "GET", "/api/admin/request-flows");
      expect(
        flows
          .json<{ flows: { appId: string }[] }>()
          .flows.map((flow) => flow.appId)
          .sort(),
      ).toEqual(["payroll", "wiki"]);
      const unknown = await callApi(server, adminJar, "POST", "/api/admin/request-flows/nope", {
        targetGroupId: "x",
        requestersGroupId: null,
        steps: [{ approver: "admins" }],
        durationsDays: [],
        maxDurationDays: null,
      });
      expect(unknown.json()).toMatchObject({ code: "APP_NOT_FOUND" });
      expect(
        (await callApi(server, adminJar, "GET", "/api/admin/access-requests")).statusCode,
      ).toBe(200);
      expect(
        (await callApi(server, employeeJar, "GET", "/api/admin/access-requests")).statusCode,
      ).toBe(403);
      const removed = await callApi(
        server,
        adminJar,
        "POST",
        "/api/admin/request-flows/wiki/remove",
      );
      expect(
        removed.json<{ flows: { appId: string }[] }>().flows.map((flow) => flow.appId),
      ).toEqual(["payroll"]);
    });
  });
}

// Every change through /api/admin is audited with who, what, before and after (issue 16), proved
// for the whole class: walked from the registered routes (test/fixtures/route-catalogue.ts), so a
// state-changing route added tomorrow fails here until it has a scenario. On both databases, each
// successful change writes an audit line naming the admin and the target, and either each changed
// value before and after, or the words naming what was added or removed; every event has words in
// the catalogue (server/audit/event-catalogue.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEventCatalogue } from "../../../server/audit/event-catalogue.ts";
import type { AuditEvent } from "../../../server/storage/schema.ts";
import { dialects } from "../../fixtures/databases.ts";
import { createRouteCatalogue } from "../../fixtures/route-catalogue.ts";
import { startTestServer, type TestServer } from "../../fixtures/test-server.ts";
import { appScenarios } from "./admin-change-scenarios-apps.ts";
import { automationScenarios } from "./admin-change-scenarios-automation.ts";
import { userScenarios } from "./admin-change-scenarios-users.ts";
import { notChanges, type Expectation } from "./admin-change-scenarios.ts";
import { createChangeWorld, type ChangeWorld } from "./admin-change-world.ts";

const scenarios = [...appScenarios, ...userScenarios, ...automationScenarios];

type Details = {
  changed?: string[];
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
} & Record<string, unknown>;

function checkShows(line: AuditEvent, expectation: Expectation, label: string) {
  const details = JSON.parse(line.details ?? "{}") as Details;
  if (expectation.kind === "names") {
    for (const name of expectation.names) {
      expect(JSON.stringify(details), `${label} names ${name}`).toContain(
        JSON.stringify(name).slice(1, -1),
      );
    }
    return;
  }
  expect(details.changed, `${label}: changed`).toEqual(expect.arrayContaining(expectation.changed));
  for (const key of expectation.changed) {
    expect(details.before, `${label}: before`).toHaveProperty([key]);
    expect(details.after, `${label}: after`).toHaveProperty([key]);
    expect(details.after?.[key], `${label}: ${key} differs`).not.toEqual(details.before?.[key]);
  }
}

for (const dialect of dialects) {
  describe(`every admin change is audited (${dialect})`, () => {
    const catalogue = createRouteCatalogue();
    let server: TestServer;
    let world: ChangeWorld;

    beforeAll(async () => {
      server = await startTestServer(dialect, { onRoute: catalogue.onRoute });
      world = await createChangeWorld(server);
    });
    afterAll(() => server.close());

    it("has a scenario, or a reason it changes nothing, for every state-changing admin route", () => {
      const changing = catalogue.routes
        .filter((route) => route.url.startsWith("/api/admin"))
        .flatMap((route) =>
          route.methods
            .filter((method) => !["GET", "HEAD", "OPTIONS"].includes(method))
            .map((method) => `${method} ${route.url}`),
        );
      expect(changing.length).toBeGreaterThan(30);
      const covered = new Set([...scenarios.map((each) => each.route), ...Object.keys(notChanges)]);
      expect(changing.filter((route) => !covered.has(route))).toEqual([]);
      expect([...covered].filter((route) => !changing.includes(route))).toEqual([]);
    });

    for (const scenario of scenarios) {
      it(`${scenario.route} writes ${scenario.event} with the admin, the target and what changed`, async () => {
        const prepared = await scenario.prepare(world);
        const known = await world.auditIds();
        const response = await world.call(prepared.method, prepared.url, prepared.body);
        expect(response.statusCode, response.body).toBeLessThan(300);
        const lines = (await world.auditSince(known)).filter(
          (line) => line.event === scenario.event,
        );
        expect(lines.length, `${scenario.event} lines`).toBeGreaterThan(0);
        const line =
          lines.find((each) =>
            prepared.target === "<created>"
              ? each.target_id !== null
              : each.target_id === prepared.target || each.target_email === prepared.target,
          ) ?? lines[0];
        expect(line?.actor_id).toBe(world.admin.id);
        if (prepared.target === "<created>") {
          expect(line?.target_id).not.toBeNull();
        } else {
          expect([line?.target_id, line?.target_email]).toContain(prepared.target);
        }
        checkShows(line as AuditEvent, prepared.expect, scenario.route);
        expect(auditEventCatalogue[scenario.event].title).toMatch(/\w/);
      });
    }
  });
}

// Generated hostile input over every route, on both databases (issue 11 §2): NUL bytes, control
// characters, lone surrogates and broken escapes in path parameters, query strings, JSON and form
// bodies, OIDC parameters and cookies. Whatever arrives, the answer is never a 5xx, and the
// server is still ready afterwards.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "../../server/auth/session.ts";
import { dialects } from "../fixtures/databases.ts";
import { hostileString, percentEncode } from "../fixtures/hostile-input.ts";
import { createRouteCatalogue } from "../fixtures/route-catalogue.ts";
import { requestsFor } from "../fixtures/route-requests.ts";
import {
  createTestUser,
  startTestServer,
  testOrigin,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

const runsPerRoute = 32;
const runsPerOidcRoute = 160;
const minimumRequests = 2_000;

type Caller = "admin" | "user" | "nobody" | "hostile cookie";

for (const dialect of dialects) {
  describe(`generated hostile input on ${dialect}`, () => {
    const catalogue = createRouteCatalogue();
    let server: TestServer;
    let admin: TestUser;
    let user: TestUser;

    beforeAll(async () => {
      server = await startTestServer(dialect, { onRoute: catalogue.onRoute });
      admin = await createTestUser(server, { role: "admin" });
      user = await createTestUser(server);
    });
    afterAll(() => server.close());

    /** A fresh session per request: what one request does cannot starve the next of access. */
    async function cookiesFor(caller: Caller, junk: string): Promise<Record<string, string>> {
      if (caller === "nobody") {
        return {};
      }
      if (caller === "hostile cookie") {
        const value = percentEncode(junk);
        return { gh_session: value, gh_flow: value, gh_step_up: value, gh_sso: value };
      }
      const who = caller === "admin" ? admin : user;
      const { token } = await createSession(server.context, who.id, {
        ip: null,
        userAgent: null,
      });
      return { gh_session: token };
    }

    it(`answers ${minimumRequests}+ generated requests over every route without a 5xx, and stays ready`, async () => {
      const routes = catalogue.routes.filter((route) =>
        route.methods.some((method) => method !== "HEAD"),
      );
      expect(routes.length).toBeGreaterThan(60);
      let sent = 0;
      for (const route of routes) {
        const callers = fc.constantFrom<Caller>("admin", "user", "nobody", "hostile cookie");
        await fc.assert(
          fc.asyncProperty(
            requestsFor(route, testOrigin),
            callers,
            hostileString(40),
            async (request, caller, junk) => {
              const response = await server.request({
                method: request.method,
                url: request.url,
                headers: request.headers,
                cookies: await cookiesFor(caller, junk),
                ...(request.payload === undefined ? {} : { payload: request.payload }),
              });
              sent += 1;
              const what = `${request.method} ${request.url} as ${caller}: ${response.body.slice(0, 200)}`;
              expect(response.statusCode, what).toBeLessThan(500);
            },
          ),
          { numRuns: route.url.startsWith("/oidc") ? runsPerOidcRoute : runsPerRoute },
        );
      }
      expect(sent).toBeGreaterThanOrEqual(minimumRequests);
      const ready = await server.request({ method: "GET", url: "/readyz" });
      expect(ready.statusCode).toBe(200);
    }, 600_000);
  });
}

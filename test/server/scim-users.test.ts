// SCIM 2.0 provisioning of Users (issue 21), on both databases: the round trip an HR system runs —
// create, patch, deactivate — signs the person out everywhere; ETags guard against lost updates;
// every refusal is in RFC 7644's error format. Who may reach SCIM at all: test/server/scim-access.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "../../server/auth/session.ts";
import { dialects } from "../fixtures/databases.ts";
import {
  expectScimError,
  newScimUser as newUser,
  patchOf,
  scim,
  scimToken,
  userSchema,
} from "../fixtures/scim.ts";
import { startTestServer, testOrigin, type TestServer } from "../fixtures/test-server.ts";

const fillerId = "00000000-0000-4000-8000-000000000000";

for (const dialect of dialects) {
  describe(`SCIM Users (${dialect})`, () => {
    let server: TestServer;
    let token: string;

    beforeAll(async () => {
      server = await startTestServer(dialect);
      token = await scimToken(server);
    });
    afterAll(() => server.close());

    async function sessionWorks(cookie: string): Promise<boolean> {
      const response = await server.request({
        method: "GET",
        url: "/api/me",
        cookies: { gh_session: cookie },
      });
      return response.statusCode === 200;
    }

    it("create → patch → deactivate signs the user out everywhere, audited as the token", async () => {
      const created = await scim(server, token, "POST", "Users", newUser());
      expect(created.status).toBe(201);
      expect(created.contentType).toMatch(/^application\/scim\+json/);
      const id = created.body.id as string;
      const meta = created.body.meta as Record<string, string>;
      expect(created.headers.location).toBe(`${testOrigin}/scim/v2/Users/${id}`);
      expect(created.headers.etag).toBe(meta.version);
      expect(created.body.active).toBe(true);

      // The person signs in on two devices.
      const sessions = await Promise.all(
        [1, 2].map(() => createSession(server.context, id, { ip: null, userAgent: null })),
      );
      for (const { token: cookie } of sessions) {
        expect(await sessionWorks(cookie)).toBe(true);
      }

      server.clock.advance(60_000);
      const patched = await scim(
        server,
        token,
        "PATCH",
        `Users/${id}`,
        patchOf(
          { op: "replace", path: "name.givenName", value: "Patricia" },
          { op: "replace", path: 'emails[type eq "work"].value', value: "patricia@example.com" },
          { op: "add", path: "title", value: "Controller" },
        ),
      );
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({
        name: { givenName: "Patricia", familyName: "Lee" },
        emails: [{ value: "patricia@example.com", type: "work", primary: true }],
        title: "Controller",
        active: true,
      });
      expect(patched.headers.etag).not.toBe(created.headers.etag);
      // The profile the portal shows is the one SCIM wrote.
      const me = await server.request({
        method: "GET",
        url: "/api/me",
        cookies: { gh_session: sessions[0]?.token ?? "" },
      });
      expect(me.json()).toMatchObject({
        email: "patricia@example.com",
        firstName: "Patricia",
        employment: { jobTitle: "Controller", department: "Finance" },
      });

      const deactivated = await scim(
        server,
        token,
        "PATCH",
        `Users/${id}`,
        patchOf({ op: "replace", path: "active", value: false }),
      );
      expect(deactivated.status).toBe(200);
      expect(deactivated.body.active).toBe(false);
      for (const { token: cookie } of sessions) {
        expect(await sessionWorks(cookie)).toBe(false);
      }
      const events = await server.context.db
        .selectFrom("audit_events")
        .select(["event", "actor_id"])
        .where("target_id", "=", id)
        .orderBy("at")
        .execute();
      expect(events.map((event) => event.event)).toEqual(
        expect.arrayContaining(["user.created", "profile.changed", "user.disabled"]),
      );
      expect(new Set(events.map((event) => event.actor_id)).size).toBe(1);
      expect(events[0]?.actor_id).toMatch(/^api-token:/);
    });

    it("reactivating with PUT keeps the person out until they sign in again; DELETE removes them", async () => {
      const created = await scim(server, token, "POST", "Users", newUser({ active: false }));
      expect(created.body.active).toBe(false);
      const id = created.body.id as string;
      const replaced = await scim(server, token, "PUT", `Users/${id}`, {
        ...newUser(),
        userName: created.body.userName,
        emails: created.body.emails,
        active: true,
      });
      expect(replaced.status).toBe(200);
      expect(replaced.body.active).toBe(true);
      expect(replaced.body.externalId).not.toBe(created.body.externalId);
      const deleted = await scim(server, token, "DELETE", `Users/${id}`);
      expect(deleted.status).toBe(204);
      expectScimError(await scim(server, token, "GET", `Users/${id}`), 404);
      expectScimError(await scim(server, token, "DELETE", `Users/${id}`), 404);
    });

    it("ETags: the version a client read is the one it may change; a stale If-Match is 412", async () => {
      const created = await scim(server, token, "POST", "Users", newUser());
      const id = created.body.id as string;
      const read = await scim(server, token, "GET", `Users/${id}`);
      expect(read.headers.etag).toBe((read.body.meta as Record<string, string>).version);
      const stale = String(read.headers.etag);
      const first = await scim(
        server,
        token,
        "PATCH",
        `Users/${id}`,
        patchOf({ op: "replace", path: "displayName", value: "P. Lee" }),
        { "if-match": stale },
      );
      expect(first.status).toBe(200);
      for (const method of ["PATCH", "PUT", "DELETE"] as const) {
        const body =
          method === "PATCH"
            ? patchOf({ op: "replace", path: "displayName", value: "Someone else" })
            : method === "PUT"
              ? { ...newUser(), userName: read.body.userName, emails: read.body.emails }
              : undefined;
        expectScimError(
          await scim(server, token, method, `Users/${id}`, body, { "if-match": stale }),
          412,
        );
      }
      const unchanged = await scim(server, token, "GET", `Users/${id}`);
      expect(unchanged.body.displayName).toBe("P. Lee");
      const current = await scim(server, token, "DELETE", `Users/${id}`, undefined, {
        "if-match": String(unchanged.headers.etag),
      });
      expect(current.status).toBe(204);
    });

    it("uniqueness, bad input and unknown paths are refused in the SCIM error format", async () => {
      const taken = newUser();
      expect((await scim(server, token, "POST", "Users", taken)).status).toBe(201);
      const sameName = newUser({ userName: taken.userName.toUpperCase() });
      expectScimError(await scim(server, token, "POST", "Users", sameName), 409, "uniqueness");
      const sameEmail = newUser({ emails: taken.emails });
      expectScimError(await scim(server, token, "POST", "Users", sameEmail), 409, "uniqueness");
      const other = await scim(server, token, "POST", "Users", newUser());
      const id = other.body.id as string;
      const cases: [unknown, number, string | undefined][] = [
        [newUser({ userName: "a\u0000b" }), 400, "invalidValue"],
        [newUser({ password: "s3cret!" }), 400, "mutability"],
        [newUser({ emails: [{ value: "not-an-address", type: "work" }] }), 400, "invalidValue"],
        [newUser({ emails: [{ value: "x@example.com", type: "pager" }] }), 400, "invalidValue"],
        [{ ...newUser(), schemas: ["urn:example:Other"] }, 400, "invalidSyntax"],
      ];
      for (const [body, status, scimType] of cases) {
        expectScimError(await scim(server, token, "POST", "Users", body), status, scimType);
      }
      const patches: [object, string][] = [
        [patchOf({ op: "replace", path: "favouriteColour", value: "x" }), "invalidPath"],
        [patchOf({ op: "replace", path: "emails[type eq", value: "x" }), "invalidPath"],
        [patchOf({ op: "replace", path: "id", value: fillerId }), "mutability"],
        [patchOf({ op: "replace", path: "name.formatted", value: "x" }), "mutability"],
        [patchOf({ op: "remove", path: 'phoneNumbers[type eq "work"]' }), "noTarget"],
        [patchOf({ op: "remove" }), "noTarget"],
        [patchOf({ op: "move", path: "title" }), "invalidValue"],
        [patchOf({ op: "replace", path: "active", value: "maybe" }), "invalidValue"],
      ];
      for (const [body, scimType] of patches) {
        expectScimError(await scim(server, token, "PATCH", `Users/${id}`, body), 400, scimType);
      }
      expectScimError(
        await scim(server, token, "PATCH", `Users/${id}`, {
          schemas: [userSchema],
          Operations: [],
        }),
        400,
        "invalidValue",
      );
      expectScimError(await scim(server, token, "GET", `Users/${fillerId}`), 404);
      expectScimError(await scim(server, token, "GET", "Nothing/here"), 404);
      const malformed = await server.request({
        method: "POST",
        url: "/scim/v2/Users",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/scim+json" },
        payload: "{",
      });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json()).toMatchObject({ status: "400", scimType: "invalidSyntax" });
    });

    it("of clients racing to create the same userName, one wins and the others hear 409", async () => {
      const body = newUser();
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          scim(server, token, "POST", "Users", {
            ...body,
            emails: [{ value: `racer${index}.${body.userName}@example.com`, type: "work" }],
          }),
        ),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
      for (const answer of answers.filter((each) => each.status === 409)) {
        expectScimError(answer, 409, "uniqueness");
      }
    });

    it("takes application/json as well, and a token is exempt from the CSRF check", async () => {
      const response = await server.request({
        method: "POST",
        url: "/scim/v2/Users",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          origin: "https://elsewhere.example",
        },
        payload: JSON.stringify(newUser()),
      });
      expect(response.statusCode).toBe(201);
    });
  });
}

// SCIM against the protocol's own text and a real PATCH implementation, on both databases: the
// example requests of RFC 7644 (test/fixtures/scim-rfc7644/examples.ts), and generated PATCH
// sequences whose result must equal what the scim-patch library makes of the same operations.
import fc from "fast-check";
import { scimPatch, type ScimPatchOperation, type ScimResource } from "scim-patch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../fixtures/databases.ts";
import { enterpriseSchema, patchOf, scim, scimToken, userSchema } from "../fixtures/scim.ts";
import {
  addEmailExample,
  createUserExample,
  filterExamples,
  removeWorkEmailExample,
  replaceEmailsExample,
  replaceWorkStreetExample,
} from "../fixtures/scim-rfc7644/examples.ts";
import { startTestServer, type TestServer } from "../fixtures/test-server.ts";

type Resource = Record<string, unknown>;

/** What both sides must agree on: every value Gatehouse keeps, in a fixed shape. */
function kept(resource: Resource) {
  const typed = (list: unknown, type: string) =>
    ((list ?? []) as Resource[]).find((entry) => entry.type === type)?.value;
  const name = (resource.name ?? {}) as Resource;
  const enterprise = (resource[enterpriseSchema] ?? {}) as Resource;
  return {
    userName: resource.userName,
    givenName: name.givenName || undefined,
    familyName: name.familyName || undefined,
    displayName: resource.displayName,
    title: resource.title || undefined,
    active: resource.active,
    workEmail: typed(resource.emails, "work"),
    homeEmail: typed(resource.emails, "home"),
    workPhone: typed(resource.phoneNumbers, "work"),
    mobilePhone: typed(resource.phoneNumbers, "mobile"),
    department: enterprise.department || undefined,
    costCenter: enterprise.costCenter || undefined,
  };
}

let counter = 0;
const unique = () => (counter += 1);

const word = fc.constantFrom("Ada", "Grace", "Linus", "Margaret", "Ken", "Barbara");
const operation: fc.Arbitrary<ScimPatchOperation> = fc.oneof(
  word.map((value) => ({ op: "replace", path: "name.givenName", value }) as const),
  word.map((value) => ({ op: "replace", path: "name.familyName", value }) as const),
  word.map((value) => ({ op: "add", path: "displayName", value: `${value} D.` }) as const),
  word.map((value) => ({ op: "replace", path: "title", value: `${value} lead` }) as const),
  fc.constant({ op: "remove", path: "title" } as const),
  fc.boolean().map((value) => ({ op: "replace", path: "active", value }) as const),
  fc.constant({
    op: "replace",
    path: 'emails[type eq "work"].value',
    value: "work@example.com",
  } as const),
  fc.constant({
    op: "replace",
    path: 'emails[type eq "home"].value',
    value: "home@example.org",
  } as const),
  fc
    .constantFrom("+1 555 0100", "+49 30 1234567")
    .map(
      (value) => ({ op: "replace", path: 'phoneNumbers[type eq "mobile"].value', value }) as const,
    ),
  word.map((value) => ({ op: "replace", path: `${enterpriseSchema}:department`, value }) as const),
  fc
    .tuple(word, word)
    .map(([title, displayName]) => ({ op: "replace", value: { title, displayName } }) as const),
  word.map((displayName) => ({ op: "add", value: { displayName } }) as const),
);

/** Unique addresses per run: the "@" placeholder becomes `-<run>-<index>@`. */
function withUniqueAddresses(operations: ScimPatchOperation[], run: number): ScimPatchOperation[] {
  return operations.map((operation, index) =>
    typeof operation.value === "string" && operation.value.includes("@")
      ? { ...operation, value: operation.value.replace("@", `-${run}-${index}@`) }
      : operation,
  );
}

for (const dialect of dialects) {
  describe(`SCIM against RFC 7644's examples and a real PATCH implementation (${dialect})`, () => {
    let server: TestServer;
    let token: string;

    beforeAll(async () => {
      server = await startTestServer(dialect);
      token = await scimToken(server);
    });
    afterAll(() => server.close());

    it("§3.3: the example user needs a company email, and with one is created as sent", async () => {
      const refused = await scim(server, token, "POST", "Users", createUserExample);
      expect(refused.body).toMatchObject({ status: "400", scimType: "invalidValue" });
      expect(String(refused.body.detail)).toContain("work email");
      const created = await scim(server, token, "POST", "Users", {
        ...createUserExample,
        emails: [{ value: "bjensen@example.com", type: "work", primary: true }],
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        userName: "bjensen",
        externalId: "bjensen",
        name: { familyName: "Jensen", givenName: "Barbara" },
      });
    });

    it("§3.4.2.2: every example filter is understood, and finds what it describes", async () => {
      const expected: Record<string, number> = {
        'userName eq "bjensen"': 1,
        'userName sw "J"': 0,
        'urn:ietf:params:scim:schemas:core:2.0:User:userName sw "b"': 1,
        'meta.lastModified gt "2011-05-13T04:42:34Z"': 1,
        'meta.lastModified lt "2011-05-13T04:42:34Z"': 0,
        'schemas eq "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"': 1,
        'emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]': 1,
        'title pr or userType eq "Intern"': 0,
      };
      for (const filter of [...filterExamples, ...Object.keys(expected)]) {
        const answer = await scim(
          server,
          token,
          "GET",
          `Users?filter=${encodeURIComponent(filter)}`,
        );
        expect({ filter, status: answer.status }).toEqual({ filter, status: 200 });
        if (filter in expected) {
          expect({ filter, found: answer.body.totalResults }).toEqual({
            filter,
            found: expected[filter],
          });
        }
      }
    });

    it("§3.5.2: the example PATCH requests add, replace and remove as the RFC describes", async () => {
      const found = await scim(
        server,
        token,
        "GET",
        `Users?filter=${encodeURIComponent('userName eq "bjensen"')}`,
      );
      const id = (found.body.Resources as Resource[])[0]?.id as string;
      const added = await scim(server, token, "PATCH", `Users/${id}`, addEmailExample);
      expect(added.status).toBe(200);
      expect(added.body.emails).toEqual([
        { value: "bjensen@example.com", type: "work", primary: true },
        { value: "babs@jensen.org", type: "home" },
      ]);
      const replaced = await scim(server, token, "PATCH", `Users/${id}`, replaceEmailsExample);
      expect(replaced.body.emails).toEqual(added.body.emails);
      // The company email is the sign-in identifier: it cannot be removed, only changed.
      const removed = await scim(server, token, "PATCH", `Users/${id}`, removeWorkEmailExample);
      expect(removed.body).toMatchObject({ status: "400", scimType: "invalidValue" });
      const street = await scim(server, token, "PATCH", `Users/${id}`, replaceWorkStreetExample);
      expect(street.body).toMatchObject({ status: "400", scimType: "invalidPath" });
      const unchanged = await scim(server, token, "GET", `Users/${id}`);
      expect(unchanged.body.emails).toEqual(added.body.emails);
    });

    it("§3.5.2.3: sub-attributes a value object leaves out are left unchanged", async () => {
      // scim-patch replaces the whole complex attribute here; the RFC's words are followed.
      const created = await scim(server, token, "POST", "Users", {
        schemas: [userSchema],
        userName: `merge${unique()}`,
        name: { givenName: "Start", familyName: "Point" },
        emails: [{ value: `merge${unique()}@example.com`, type: "work" }],
      });
      for (const op of ["add", "replace"]) {
        const answer = await scim(
          server,
          token,
          "PATCH",
          `Users/${String(created.body.id)}`,
          patchOf({ op, value: { name: { givenName: op } } }),
        );
        expect(answer.body.name).toEqual({
          formatted: `${op} Point`,
          givenName: op,
          familyName: "Point",
        });
      }
    });

    it("generated PATCH sequences end where the scim-patch library ends", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 6 }), async (generated) => {
          const n = unique();
          const operations = withUniqueAddresses(generated, n);
          const created = await scim(server, token, "POST", "Users", {
            schemas: [userSchema, enterpriseSchema],
            userName: `peer${n}`,
            name: { givenName: "Start", familyName: "Point" },
            emails: [{ value: `peer${n}@example.com`, type: "work", primary: true }],
          });
          const before = created.body as Resource & ScimResource;
          const expected = scimPatch(structuredClone(before), operations, {
            mutateDocument: false,
            treatMissingAsAdd: true,
          }) as unknown as Resource;
          const answer = await scim(
            server,
            token,
            "PATCH",
            `Users/${String(before.id)}`,
            patchOf(...operations),
          );
          const what = JSON.stringify(operations);
          expect(answer.status, `${what}: ${JSON.stringify(answer.body)}`).toBe(200);
          expect(kept(answer.body), what).toEqual(kept(expected));
          const reread = await scim(server, token, "GET", `Users/${String(before.id)}`);
          expect(kept(reread.body), what).toEqual(kept(expected));
        }),
        { numRuns: 60 },
      );
      // 180 requests: room for a loaded machine (PostgreSQL takes ~12 s alone), not a time check.
    }, 60_000);
  });
}

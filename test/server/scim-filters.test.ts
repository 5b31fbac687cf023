// SCIM filters and paging (RFC 7644 §3.4.2), on both databases. Filters are generated as trees,
// written out by a real SCIM filter library (scim2-parse-filter), sent to the server, and its
// answer compared with that library's own evaluation of the same filter over the same Users.
import fc from "fast-check";
import {
  filter as peerFilter,
  parse as peerParse,
  stringify,
  type Filter,
} from "scim2-parse-filter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../fixtures/databases.ts";
import { errorSchema, scim, scimToken, userSchema } from "../fixtures/scim.ts";
import { startTestServer, type TestServer } from "../fixtures/test-server.ts";

// Lower-case throughout: the library compares with case, Gatehouse without (RFC 7643 §2.2), and
// the two must agree on every generated filter. The case rules have their own test below.
const people = [
  ["ann", "ann", "archer", "engineer", true],
  ["bob", "bob", "baker", "designer", true],
  ["carla", "carla", "cruz", "engineer", false],
  ["dan", "dan", "archer", null, true],
  ["erin", "erin", "eve", "manager", true],
  ["ann2", "ann", "brown", null, false],
  ["fred", "fred", "cruz", "designer", true],
  ["gina", "gina", "gold", "engineer", true],
] as const;

const pools = {
  userName: people.map(([userName]) => userName),
  externalId: people.map(([userName]) => `hr-${userName}`),
  "name.givenName": ["ann", "bob", "gina", "an", "nobody"],
  "name.familyName": ["archer", "cruz", "eve", "ar"],
  title: ["engineer", "designer", "manager", "eng"],
  "emails.value": [...people.map(([userName]) => `${userName}@example.com`), "example.com", "an"],
};

const attribute = fc.constantFrom(...(Object.keys(pools) as (keyof typeof pools)[]));

const comparison: fc.Arbitrary<Filter> = attribute.chain((attrPath) =>
  fc.record({
    op: fc.constantFrom("eq" as const, "co" as const, "sw" as const, "ew" as const),
    attrPath: fc.constant(attrPath),
    compValue: fc.constantFrom(...pools[attrPath]),
  }),
);

const leaf: fc.Arbitrary<Filter> = fc.oneof(
  { weight: 5, arbitrary: comparison },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("pr" as const),
      attrPath: fc.constantFrom("title", "externalId"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("eq" as const),
      attrPath: fc.constant("active"),
      compValue: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("[]" as const),
      attrPath: fc.constant("emails"),
      valFilter: fc.record({
        op: fc.constantFrom("sw" as const, "co" as const),
        attrPath: fc.constant("value"),
        compValue: fc.constantFrom("a", "b", "example", "gina"),
      }),
    }),
  },
);

const filters: fc.Arbitrary<Filter> = fc.letrec<{ filter: Filter }>((tie) => ({
  filter: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.record({
      op: fc.constantFrom("and" as const, "or" as const),
      filters: fc.array(tie("filter"), { minLength: 2, maxLength: 3 }),
    }),
    fc.record({ op: fc.constant("not" as const), filter: tie("filter") }),
  ),
})).filter;

for (const dialect of dialects) {
  describe(`SCIM filters and paging (${dialect})`, () => {
    let server: TestServer;
    let token: string;
    let everyone: Record<string, unknown>[];

    const list = (query: string) => scim(server, token, "GET", `Users?${query}`);
    const ids = (answer: { body: Record<string, unknown> }) =>
      (answer.body.Resources as { id: string }[]).map((resource) => resource.id).sort();

    beforeAll(async () => {
      server = await startTestServer(dialect);
      token = await scimToken(server);
      for (const [userName, givenName, familyName, title, active] of people) {
        const created = await scim(server, token, "POST", "Users", {
          schemas: [userSchema],
          userName,
          externalId: `hr-${userName}`,
          name: { givenName, familyName },
          ...(title === null ? {} : { title }),
          active,
          emails: [{ value: `${userName}@example.com`, type: "work" }],
        });
        expect(created.status).toBe(201);
        server.clock.advance(1000);
      }
      everyone = (await list("count=200")).body.Resources as Record<string, unknown>[];
      expect(everyone).toHaveLength(people.length);
    });
    afterAll(() => server.close());

    it("finds a user by userName (any case), emails.value and externalId, as a client checks before creating", async () => {
      for (const query of [
        'userName eq "ANN"',
        'emails.value eq "ann@example.com"',
        'externalId eq "hr-ann"',
      ]) {
        const found = await list(`filter=${encodeURIComponent(query)}`);
        expect(found.status).toBe(200);
        expect(found.body).toMatchObject({
          schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
          totalResults: 1,
          Resources: [expect.objectContaining({ userName: "ann" })],
        });
      }
      // externalId is caseExact (RFC 7643 §3.1): another case is another id.
      expect(
        (await list(`filter=${encodeURIComponent('externalId eq "HR-ANN"')}`)).body.totalResults,
      ).toBe(0);
      const engineers = await list(
        `filter=${encodeURIComponent('title eq "ENGINEER" and (active eq true or name.familyName sw "C")')}`,
      );
      expect(
        (engineers.body.Resources as { userName: string }[]).map((user) => user.userName).sort(),
      ).toEqual(["ann", "carla", "gina"]);
    });

    it("answers generated filters exactly as a real SCIM filter library evaluates them", async () => {
      await fc.assert(
        fc.asyncProperty(filters, async (tree) => {
          const text = stringify(tree);
          expect(peerParse(text)).toBeDefined();
          const answer = await list(`filter=${encodeURIComponent(text)}&count=200`);
          expect(answer.status, `${text}: ${JSON.stringify(answer.body)}`).toBe(200);
          const expected = everyone
            .filter(peerFilter(tree))
            .map((user) => String(user.id))
            .sort();
          expect(ids(answer), text).toEqual(expected);
          expect(answer.body.totalResults).toBe(expected.length);
        }),
        { numRuns: 150 },
      );
    });

    it("pages with startIndex and count, clamping what is out of range (RFC 7644 §3.4.2.4)", async () => {
      const pages: string[] = [];
      for (let startIndex = 1; startIndex <= people.length; startIndex += 3) {
        const page = await list(`startIndex=${startIndex}&count=3`);
        expect(page.body).toMatchObject({ totalResults: people.length, startIndex });
        expect(page.body.itemsPerPage).toBe((page.body.Resources as unknown[]).length);
        pages.push(...(page.body.Resources as { id: string }[]).map((user) => user.id));
      }
      expect(pages).toEqual(everyone.map((user) => user.id));
      const none = await list("count=0");
      expect(none.body).toMatchObject({
        totalResults: people.length,
        itemsPerPage: 0,
        Resources: [],
      });
      const fromZero = await list("startIndex=-5&count=2");
      expect(fromZero.body.startIndex).toBe(1);
      expect(ids(fromZero)).toEqual(
        everyone
          .slice(0, 2)
          .map((user) => String(user.id))
          .sort(),
      );
      expect((await list("count=-1")).body.itemsPerPage).toBe(0);
      expect((await list(`startIndex=${people.length + 1}`)).body.itemsPerPage).toBe(0);
      const filtered = await list(`filter=${encodeURIComponent("title pr")}&startIndex=2&count=2`);
      expect(filtered.body).toMatchObject({ totalResults: 6, startIndex: 2, itemsPerPage: 2 });
    });

    it("refuses filters outside the grammar or naming attributes it does not keep, as invalidFilter", async () => {
      const refused = [
        "userName",
        'userName eq "unterminated',
        'userName equals "x"',
        'userName eq "a" and',
        "(userName pr",
        'favouriteColour eq "x"',
        'name eq "x"',
        "active gt true",
        'active eq "yes"',
        "userName eq 42",
        "userName eq bare",
        'emails[type eq "work"',
        'urn:example:Other:userName eq "x"',
        'meta.created gt "not a date"',
        'userName eq "x" # comment',
        `${"(".repeat(40)}userName pr${")".repeat(40)}`,
        Array.from({ length: 120 }, () => 'userName eq "x"')
          .join(" or ")
          .slice(0, 1000),
      ];
      for (const query of refused) {
        const answer = await list(`filter=${encodeURIComponent(query)}`);
        expect({ query, status: answer.status }).toEqual({ query, status: 400 });
        expect(answer.body).toMatchObject({
          schemas: [errorSchema],
          status: "400",
          scimType: "invalidFilter",
        });
      }
      const control = await list(`filter=${encodeURIComponent('userName eq "a\u0000"')}`);
      expect(control.body).toMatchObject({ status: "400", scimType: "invalidValue" });
      const tooLong = await list(
        `filter=${encodeURIComponent(`userName eq "${"a".repeat(1000)}"`)}`,
      );
      expect(tooLong.status).toBe(400);
    });
  });
}

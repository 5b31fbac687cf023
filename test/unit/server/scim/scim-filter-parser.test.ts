// The SCIM filter grammar (RFC 7644 §3.4.2.2) and PATCH paths (§3.5.2) as the parser reads them.
import { describe, expect, it } from "vitest";
import { ScimError } from "../../../../server/scim/scim-error.ts";
import { parseFilter, parsePatchPath } from "../../../../server/scim/scim-filter-parser.ts";

const userName = { attribute: "username" };

describe("parseFilter", () => {
  it("binds not before and before or, and reads operators and names in any case", () => {
    expect(parseFilter('userName Eq "a" OR title pr AND NOT (active eq false)')).toEqual({
      op: "or",
      left: { op: "eq", path: userName, value: "a" },
      right: {
        op: "and",
        left: { op: "pr", path: { attribute: "title" } },
        right: { op: "not", filter: { op: "eq", path: { attribute: "active" }, value: false } },
      },
    });
  });

  it("reads schema URNs, sub-attributes, value filters and JSON string escapes", () => {
    expect(
      parseFilter(
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq "R\\"&D\\u00e9"',
      ),
    ).toEqual({
      op: "eq",
      path: {
        schema: "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user",
        attribute: "department",
      },
      value: 'R"&Dé',
    });
    expect(parseFilter('emails[type eq "work" and value co "@x"]')).toEqual({
      op: "[]",
      path: { attribute: "emails" },
      filter: {
        op: "and",
        left: { op: "eq", path: { attribute: "type" }, value: "work" },
        right: { op: "co", path: { attribute: "value" }, value: "@x" },
      },
    });
    expect(parseFilter("name.givenName ge 1.5e3")).toEqual({
      op: "ge",
      path: { attribute: "name", subAttribute: "givenname" },
      value: 1500,
    });
  });

  it("refuses what is outside the grammar with invalidFilter", () => {
    for (const text of [
      "",
      "userName",
      'userName eq "a" or',
      'a eq "x")',
      "a eq x",
      "1a pr",
      'a[b eq "c"].d eq "e"',
    ]) {
      expect(() => parseFilter(text), text).toThrow(ScimError);
      try {
        parseFilter(text);
      } catch (error) {
        expect((error as ScimError).scimType, text).toBe("invalidFilter");
      }
    }
  });
});

describe("parsePatchPath", () => {
  it("reads an attribute, a sub-attribute, and a value filter with a sub-attribute", () => {
    expect(parsePatchPath("active")).toEqual({ path: { attribute: "active" } });
    expect(parsePatchPath("name.givenName")).toEqual({
      path: { attribute: "name", subAttribute: "givenname" },
    });
    expect(parsePatchPath('emails[type eq "work"].value')).toEqual({
      path: { attribute: "emails" },
      filter: { op: "eq", path: { attribute: "type" }, value: "work" },
      subAttribute: "value",
    });
  });

  it("refuses anything after the value filter but one sub-attribute", () => {
    for (const text of [
      'emails[type eq "work"] x',
      'emails[type eq "work"].value.more',
      "emails[",
      "[x]",
    ]) {
      expect(() => parsePatchPath(text), text).toThrow(ScimError);
    }
  });
});

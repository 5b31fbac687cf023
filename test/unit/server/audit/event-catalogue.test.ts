import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  auditEventCatalogue,
  describeAuditEvent,
  describeAuditReason,
  nameAuditReason,
} from "../../../../server/audit/event-catalogue.ts";

describe("the audit event catalogue", () => {
  const entries = Object.entries(auditEventCatalogue);

  it("names every event in words a person reads, never its internal name", () => {
    for (const [name, description] of entries) {
      expect(description.title, name).toMatch(/^[A-Z][^._]*$/);
    }
  });

  it("offers “This wasn't me” only for sign-ins and changes to the user's own security", () => {
    for (const [name, description] of entries) {
      if (description.reportable) {
        expect(["sign_in", "security_change"], name).toContain(description.category);
      }
    }
    expect(describeAuditEvent("sign_in.succeeded").reportable).toBe(true);
    expect(describeAuditEvent("mfa.totp_enabled").reportable).toBe(true);
    expect(describeAuditEvent("profile.changed").reportable).toBe(false);
    expect(describeAuditEvent("account.reported_compromise").reportable).toBe(false);
  });

  it("describes an unknown or hostile event name neutrally, without echoing it", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        fc.pre(!Object.hasOwn(auditEventCatalogue, name));
        expect(describeAuditEvent(name)).toEqual({
          title: "Other activity",
          category: "administration",
          reportable: false,
        });
      }),
    );
    expect(describeAuditEvent("__proto__").title).toBe("Other activity");
    expect(describeAuditEvent("toString").title).toBe("Other activity");
  });
});

describe("reasons in words", () => {
  it("says why in words for the reasons the server records", () => {
    expect(describeAuditReason("wrong_password")).toBe("wrong password");
    expect(describeAuditReason("totp_invalid")).toBe("wrong code");
    expect(describeAuditReason("5 consecutive failures")).toBe("after 5 failed attempts");
    expect(describeAuditReason(null)).toBeNull();
    expect(describeAuditReason("")).toBeNull();
  });

  it("never passes an unknown reason through as an internal code", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z_ ]{0,30}$/), (reason) => {
        fc.pre(!["wrong_password", "locked", "invalid", "expired", "idle"].includes(reason));
        const words = describeAuditReason(reason);
        expect(words === null || !words.includes("_")).toBe(true);
      }),
    );
    expect(describeAuditReason("constructor")).toBeNull();
    expect(describeAuditReason("some_new_reason")).toBeNull();
  });

  it("names a reason for the portal only when it has words for it, so no internal code leaks", () => {
    fc.assert(
      fc.property(fc.string(), (reason) => {
        const name = nameAuditReason(reason);
        expect(name === null ? null : reason).toBe(name);
        expect(name === null).toBe(describeAuditReason(reason) === null);
      }),
    );
    expect(nameAuditReason("wrong_password")).toBe("wrong_password");
    expect(nameAuditReason("5 consecutive failures")).toBe("5 consecutive failures");
    expect(nameAuditReason("some_new_reason")).toBeNull();
    expect(nameAuditReason("constructor")).toBeNull();
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  credentialFromChooser,
  decideWebAuthnAccount,
  describeAccount,
  maximumChooserAccounts,
} from "../../../../main/core/webauthn-account.ts";

describe("choosing the passkey for a sign-in", () => {
  it("takes the only matching passkey without asking", () => {
    expect(
      decideWebAuthnAccount([{ credentialId: "cred-1", name: "alex.morgan@example.com" }]),
    ).toEqual({ kind: "use", credentialId: "cred-1" });
  });

  it("asks among several, with labels a person recognizes, and maps the answer back", () => {
    const decision = decideWebAuthnAccount([
      { credentialId: "a", displayName: "Alex Morgan", name: "alex.morgan@example.com" },
      { credentialId: "b", name: "sam.rivera@example.com" },
    ]);
    expect(decision).toEqual({
      kind: "ask",
      labels: ["Alex Morgan (alex.morgan@example.com)", "sam.rivera@example.com"],
      credentialIds: ["a", "b"],
    });
    if (decision.kind !== "ask") {
      throw new Error("expected a chooser");
    }
    expect(credentialFromChooser(decision, 1)).toBe("b");
    // The button after the accounts is Cancel: no credential, the request is cancelled.
    expect(credentialFromChooser(decision, 2)).toBeUndefined();
  });

  it("has nothing to answer with when no account came", () => {
    expect(decideWebAuthnAccount([])).toEqual({ kind: "none" });
    expect(decideWebAuthnAccount([{ credentialId: "" }])).toEqual({ kind: "none" });
  });

  it("never shows control characters or an empty label, whatever the names", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            credentialId: fc.string({ minLength: 1, maxLength: 40 }),
            displayName: fc.option(fc.string(), { nil: undefined }),
            name: fc.option(fc.string(), { nil: undefined }),
          }),
          { minLength: 2, maxLength: 20 },
        ),
        (accounts) => {
          const decision = decideWebAuthnAccount(accounts);
          expect(decision.kind).toBe("ask");
          const labels = decision.kind === "ask" ? decision.labels : [];
          expect(labels.length).toBe(Math.min(accounts.length, maximumChooserAccounts));
          for (const label of labels) {
            expect(label.trim()).not.toBe("");
            const codes = [...label].map((character) => character.codePointAt(0) ?? 0);
            expect(codes.filter((code) => code < 0x20 || code === 0x7f)).toEqual([]);
          }
        },
      ),
    );
    expect(describeAccount({ credentialId: "abcdefghijkl", name: "\u0007 " })).toBe(
      "Passkey abcdefgh…",
    );
  });
});

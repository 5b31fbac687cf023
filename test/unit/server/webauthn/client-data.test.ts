import { describe, expect, it } from "vitest";
import { challengeOf } from "../../../../server/webauthn/client-data.ts";

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const challenge = "dGhpcy1pcy1hLWNoYWxsZW5nZQ";

describe("the challenge of a WebAuthn response", () => {
  it("is read from clientDataJSON", () => {
    expect(challengeOf(encode({ type: "webauthn.get", challenge, origin: "x" }))).toBe(challenge);
  });

  it("is undefined for anything malformed, never an exception", () => {
    const malformed = [
      "",
      "not base64url json",
      encode(null),
      encode("a string"),
      encode({ type: "webauthn.get" }),
      encode({ challenge: 42 }),
      encode({ challenge: "short" }),
      encode({ challenge: "has spaces and is long enough" }),
    ];
    for (const input of malformed) {
      expect(challengeOf(input)).toBeUndefined();
    }
  });
});

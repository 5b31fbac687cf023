import { describe, expect, it } from "vitest";
import { relyingPartyFor, userHandleOf } from "../../../../server/webauthn/relying-party.ts";

describe("the relying party", () => {
  it("is the portal's origin, with its host name as RP ID (no port)", () => {
    expect(relyingPartyFor("https://id.example.com")).toEqual({
      id: "id.example.com",
      name: "Gatehouse",
      origin: "https://id.example.com",
    });
    expect(relyingPartyFor("http://localhost:51234").id).toBe("localhost");
  });

  it("names a user by an opaque handle: the user id's bytes, base64url", () => {
    const handle = userHandleOf("5f0c-user");
    expect(Buffer.from(handle, "base64url").toString("utf8")).toBe("5f0c-user");
    expect(handle).not.toBe(userHandleOf("5f0c-user2"));
  });
});

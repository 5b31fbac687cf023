import { describe, expect, it } from "vitest";
import { initialsOf } from "../../../renderer/lib/initials.ts";

describe("initialsOf", () => {
  it("takes the first letters of first and last name", () => {
    expect(initialsOf({ firstName: "alex", lastName: "Morgan", email: "a@x.com" })).toBe("AM");
  });

  it("falls back to the email when the names are empty", () => {
    expect(initialsOf({ firstName: " ", lastName: "", email: "sam@x.com" })).toBe("S");
  });

  it("does not split a character made of two UTF-16 units", () => {
    expect(initialsOf({ firstName: "𝒜da", lastName: "Émile", email: "a@x.com" })).toBe("𝒜É");
  });
});

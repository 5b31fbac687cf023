import { describe, expect, it } from "vitest";
import { checkNoArguments } from "../../../../main/core/ipc-arguments.ts";

describe("bridge call arguments", () => {
  it("refuse anything passed to a call that takes nothing", () => {
    expect(checkNoArguments([])).toEqual({ ok: true });
    expect(checkNoArguments([{ feedUrl: "https://evil.example.net" }])).toEqual({
      ok: false,
      reason: "expected no arguments, got 1",
    });
  });
});

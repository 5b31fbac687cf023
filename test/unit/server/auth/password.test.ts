import { describe, expect, it } from "vitest";
import {
  hashPassword,
  passwordHashOptions,
  verifyAgainstDecoy,
  verifyPassword,
} from "../../../../server/auth/password.ts";

describe("argon2id passwords", () => {
  it("store the OWASP parameters in the hash, so they can be raised later", async () => {
    const stored = await hashPassword("violet lantern orbit");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(passwordHashOptions).toMatchObject({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  });

  it("verify the right password and refuse any other", async () => {
    const stored = await hashPassword("violet lantern orbit");
    expect(await verifyPassword(stored, "violet lantern orbit")).toBe(true);
    expect(await verifyPassword(stored, "violet lantern orbiT")).toBe(false);
  });

  it("answer a corrupt stored hash with false, never an exception", async () => {
    expect(await verifyPassword("$argon2id$corrupt", "anything")).toBe(false);
    expect(await verifyPassword("", "anything")).toBe(false);
  });

  it("spend a real verification on unknown accounts and never let one in", async () => {
    expect(await verifyAgainstDecoy("gatehouse-decoy-password")).toBe(false);
  });
});

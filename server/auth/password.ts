// argon2id password hashing with the OWASP parameters (m = 19 MiB, t = 2, p = 1). Parameters
// travel inside the PHC string, so they can be raised later and old hashes still verify.
import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { createSemaphore } from "../lib/semaphore.ts";

const argon2id = 2; // Algorithm.Argon2id; the package exports it as a const enum
export const passwordHashOptions = {
  algorithm: argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

// One argon2 per core at a time: more would only queue inside libuv while holding 19 MiB each.
const argon2Slots = createSemaphore(Math.max(1, availableParallelism()));

export function hashPassword(password: string): Promise<string> {
  return argon2Slots.run(() => hash(password, passwordHashOptions));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await argon2Slots.run(() => verify(passwordHash, password));
  } catch {
    // A corrupt stored hash must not become a 500 that tells an attacker something.
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Spends the same argon2 work as a real verification, for sign-ins to unknown accounts, so the
 * response time does not reveal whether the email exists.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword("gatehouse-decoy-password");
  await verifyPassword(await decoyHash, password);
  return false;
}

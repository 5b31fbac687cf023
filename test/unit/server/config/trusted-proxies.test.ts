// Trusted proxies: only the listed addresses and ranges may speak for a client's address, and a
// list that is not one of addresses and ranges stops the server with a message naming the entry.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  everyPeer,
  isTrustedProxy,
  parseTrustedProxies,
} from "../../../../server/config/trusted-proxies.ts";

function parsed(value: string): readonly string[] {
  const result = parseTrustedProxies(value);
  if (!result.ok) {
    throw new Error(result.reason);
  }
  return result.proxies;
}

const octets = fc.tuple(
  fc.integer({ min: 0, max: 255 }),
  fc.integer({ min: 0, max: 255 }),
  fc.integer({ min: 0, max: 255 }),
  fc.integer({ min: 0, max: 255 }),
);
const toNumber = ([a, b, c, d]: number[]) => ((a! << 24) | (b! << 16) | (c! << 8) | d!) >>> 0;
const toAddress = (value: number) =>
  [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join(".");

describe("trusted proxies", () => {
  it("reads addresses and ranges separated by commas or spaces, in canonical form", () => {
    expect(parsed("10.0.0.5, 10.1.0.0/16  fd00::/8,::1")).toEqual([
      "10.0.0.5/32",
      "10.1.0.0/16",
      "fd00::/8",
      "::1/128",
    ]);
    expect(parsed("")).toEqual([]);
  });

  it("refuses anything that is not an address or a range, naming the entry", () => {
    for (const bad of [
      "yes",
      "10.0.0",
      "10.0.0.300",
      "10.0.0.0/33",
      "fd00::/129",
      "10.0.0.0/-1",
      "10.0.0.0/",
      "10.0.0.0/8/8",
      "10.0.0.0/ 8",
      "fe80::1%eth0",
      "localhost",
    ]) {
      const result = parseTrustedProxies(`127.0.0.1, ${bad}`);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) {
        expect(result.reason).toContain("is not an IP address or CIDR range");
      }
    }
  });

  it("trusts exactly the addresses inside a listed IPv4 range, also as IPv4-mapped IPv6", () => {
    fc.assert(
      fc.property(octets, fc.integer({ min: 0, max: 32 }), octets, (base, prefix, probe) => {
        const trusts = isTrustedProxy(parsed(`${base.join(".")}/${prefix}`));
        const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
        const inside = (toNumber(base) & mask) >>> 0 === (toNumber(probe) & mask) >>> 0;
        const address = toAddress(toNumber(probe));
        expect(trusts(address)).toBe(inside);
        expect(trusts(`::ffff:${address}`)).toBe(inside);
      }),
    );
  });

  it("trusts IPv6 ranges, and nothing when the list is empty", () => {
    const trusts = isTrustedProxy(parsed("fd00::/8"));
    expect(trusts("fd12:3456::1")).toBe(true);
    expect(trusts("fe80::1")).toBe(false);
    expect(trusts("10.0.0.1")).toBe(false);
    const none = isTrustedProxy([]);
    expect(["127.0.0.1", "::1", "10.0.0.1"].map(none)).toEqual([false, false, false]);
  });

  it("GATEHOUSE_TRUST_PROXY=true keeps its old meaning: every peer", () => {
    const trusts = isTrustedProxy(everyPeer);
    expect(["127.0.0.1", "203.0.113.7", "::1", "2001:db8::1"].every(trusts)).toBe(true);
    expect(trusts("not an address")).toBe(false);
  });
});

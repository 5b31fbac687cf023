// Which peers may tell us the client's address in X-Forwarded-For (docs/admin.md, "Several
// instances"): a list of addresses and CIDR ranges, normally the load balancer's. A request from
// any other peer keeps the peer's own address, so nobody reaching the server directly can choose
// the address that rate limits, lockout notices and the audit log see.
import { BlockList, isIP } from "node:net";

/** Addresses and ranges in canonical `address/prefix` form; empty trusts no proxy. */
export type TrustedProxies = readonly string[];

/** What the compatibility value `GATEHOUSE_TRUST_PROXY=true` always meant: every peer. */
export const everyPeer: TrustedProxies = ["0.0.0.0/0", "::/0"];

/** Reads "10.0.0.5, 10.1.0.0/16 fd00::/8": commas or spaces between entries. */
export function parseTrustedProxies(
  value: string,
): { ok: true; proxies: TrustedProxies } | { ok: false; reason: string } {
  const proxies: string[] = [];
  for (const entry of value.split(/[\s,]+/).filter((part) => part !== "")) {
    const [address = "", prefix, extra] = entry.split("/");
    const version = isIP(address);
    const maximum = version === 6 ? 128 : 32;
    const bits = prefix === undefined ? maximum : Number(prefix);
    const validPrefix =
      prefix === undefined || (/^\d{1,3}$/.test(prefix) && bits >= 0 && bits <= maximum);
    // A zone (fe80::1%eth0) names an interface of this machine, not a peer's address.
    if (version === 0 || address.includes("%") || !validPrefix || extra !== undefined) {
      return {
        ok: false,
        reason: `"${entry}" is not an IP address or CIDR range (e.g. 10.0.0.5, 10.0.0.0/16, fd00::/8)`,
      };
    }
    proxies.push(`${address}/${bits}`);
  }
  return { ok: true, proxies };
}

/** The test Fastify's `trustProxy` and the untrusted-proxy warning share. */
export function isTrustedProxy(trusted: TrustedProxies): (address: string) => boolean {
  const list = new BlockList();
  for (const entry of trusted) {
    const [address = "", prefix = ""] = entry.split("/");
    list.addSubnet(address, Number(prefix), isIP(address) === 6 ? "ipv6" : "ipv4");
  }
  return (address) => {
    const version = isIP(address);
    return version !== 0 && list.check(address, version === 6 ? "ipv6" : "ipv4");
  };
}

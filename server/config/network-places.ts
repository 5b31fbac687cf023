// Where a sign-in comes from, in words the employee recognizes ("Berlin office"), known only from
// the organization's own configuration: GATEHOUSE_NETWORK_PLACES maps address ranges to names.
// No outside lookup ever happens (issue 17); an address in no range has no place.
import { BlockList, isIP } from "node:net";

export const networkPlacesKey = "GATEHOUSE_NETWORK_PLACES";

export type NetworkPlace = { range: string; prefix: number; name: string; match: BlockList };

/** "10.0.0.0/8=Head office; 192.168.10.0/24=Berlin office", most specific range first. */
export function parseNetworkPlaces(
  value: string | undefined,
): { ok: true; places: NetworkPlace[] } | { ok: false; reason: string } {
  if (value === undefined || value.trim() === "") {
    return { ok: true, places: [] };
  }
  const places: NetworkPlace[] = [];
  for (const entry of value.split(";")) {
    const text = entry.trim();
    if (text === "") {
      continue;
    }
    const separator = text.indexOf("=");
    const range = text.slice(0, separator).trim();
    const name = text.slice(separator + 1).trim();
    const [address = "", prefixText = ""] = range.split("/");
    const family = isIP(address);
    const prefix = Number(prefixText);
    if (
      separator <= 0 ||
      family === 0 ||
      !/^\d{1,3}$/.test(prefixText) ||
      prefix > (family === 4 ? 32 : 128)
    ) {
      return {
        ok: false,
        reason: `each entry must be RANGE=NAME with RANGE like 10.0.0.0/8 or 2001:db8::/32 (got "${text}")`,
      };
    }
    // Names are shown to the employee: printable text of a sensible length only.
    if (name === "" || name.length > 60 || /[\p{Cc}\p{Cf}]/u.test(name)) {
      return { ok: false, reason: `the name of ${range} must be 1 to 60 printable characters` };
    }
    const match = new BlockList();
    match.addSubnet(address, prefix, family === 4 ? "ipv4" : "ipv6");
    places.push({ range, prefix: family === 4 ? prefix + 96 : prefix, name, match });
  }
  return { ok: true, places: places.sort((a, b) => b.prefix - a.prefix) };
}

/** The configured name of the most specific range holding the address, if any. */
export function placeOf(places: NetworkPlace[], ip: string | null): string | null {
  if (ip === null) {
    return null;
  }
  // An IPv4 client seen through an IPv6 socket: ::ffff:203.0.113.5.
  const address = ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  const family = isIP(address);
  if (family === 0) {
    return null;
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  return places.find((place) => place.match.check(address, type))?.name ?? null;
}

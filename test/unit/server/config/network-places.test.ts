// Places named by address range (issue 17): only what the organization configured, the most
// specific range wins, IPv4 seen through IPv6 sockets counts, and bad entries name the key.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../../server/config/config.ts";
import { ConfigError } from "../../../../server/config/config-error.ts";
import { parseNetworkPlaces, placeOf } from "../../../../server/config/network-places.ts";

const places = loadConfig({
  GATEHOUSE_NETWORK_PLACES: "10.0.0.0/8=Head office; 10.20.0.0/16=Berlin office; 2001:db8::/32=VPN",
}).networkPlaces;

describe("network places", () => {
  it.each([
    ["10.1.2.3", "Head office"],
    ["10.20.7.9", "Berlin office"],
    ["::ffff:10.20.7.9", "Berlin office"],
    ["2001:db8::5", "VPN"],
    ["192.0.2.1", null],
    [null, null],
    ["not an address", null],
  ])("%j is in %j", (ip, name) => {
    expect(placeOf(places, ip)).toBe(name);
  });

  it("is empty without configuration", () => {
    expect(loadConfig({}).networkPlaces).toEqual([]);
    expect(parseNetworkPlaces("  ")).toEqual({ ok: true, places: [] });
  });

  it.each([
    "10.0.0.0/8",
    "10.0.0.0=Office",
    "10.0.0.0/33=Office",
    "example.com/8=Office",
    "10.0.0.0/8=",
    `10.0.0.0/8=${"x".repeat(61)}`,
    "10.0.0.0/8=Office\u0007",
  ])("refuses %j and names the key", (value) => {
    expect(() => loadConfig({ GATEHOUSE_NETWORK_PLACES: value })).toThrow(ConfigError);
    expect(() => loadConfig({ GATEHOUSE_NETWORK_PLACES: value })).toThrow(
      /^GATEHOUSE_NETWORK_PLACES: /,
    );
  });
});

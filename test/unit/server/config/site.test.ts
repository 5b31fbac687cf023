import { describe, expect, it } from "vitest";
import { resolveSite } from "../../../../server/config/site.ts";

describe("the site a server answers as", () => {
  it("is the configured public URL, HTTPS when it says so, whatever port it listens on", () => {
    const site = resolveSite({ publicUrl: "https://id.example.com", port: 8080 }, () => 40123);
    expect(site).toEqual({ origin: "https://id.example.com", https: true });
    expect(resolveSite({ publicUrl: "http://localhost:4010", port: 0 }, () => 1).https).toBe(false);
  });

  it("is localhost on the configured port when no public URL is set", () => {
    const site = resolveSite({ publicUrl: undefined, port: 8080 }, () => 8080);
    expect(site.origin).toBe("http://localhost:8080");
    expect(site.https).toBe(false);
  });

  it("takes the port the OS assigned once the server listens, and keeps it", () => {
    let port: number | undefined;
    const site = resolveSite({ publicUrl: undefined, port: 0 }, () => port);
    expect(site.origin).toBe("http://localhost:0"); // not listening yet
    port = 51234;
    expect(site.origin).toBe("http://localhost:51234");
    port = undefined; // closed: the origin it had stays
    expect(site.origin).toBe("http://localhost:51234");
  });
});

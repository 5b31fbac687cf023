// What must hold for the cluster as a whole, whichever instance a request reaches: an address's
// and an account's rate limits, the lockout threshold (at most one guess past it), and a key
// rotated on one instance, which every instance publishes and signs with within a second.
import { SAML } from "@node-saml/node-saml";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Instance } from "../../scripts/cluster/instances.ts";
import { waitFor } from "../../scripts/cluster/wait-for.ts";
import { ClusterClient, signIn } from "./cluster-client.ts";
import { clusterSkipReason, startClusterFixture, type ClusterFixture } from "./cluster-fixture.ts";

const limit = 20;
const threshold = 5;

if (clusterSkipReason !== undefined) {
  console.log(`The cluster suite is ${clusterSkipReason}.`);
}

describe.skipIf(clusterSkipReason !== undefined)(
  `three instances behind HAProxy act as one${clusterSkipReason === undefined ? "" : ` (${clusterSkipReason})`}`,
  () => {
    let fixture: ClusterFixture;
    let direct: ClusterClient; // talks to each instance past HAProxy, from a trusted address
    let instances: Instance[];

    /** Sends to the instances in turn, as the client at `address` behind the load balancer. */
    const acrossInstances = (index: number, path: string, body: object, address: string) =>
      direct.send("POST", path, body, { "x-forwarded-for": address }, instances[index % 3]!.url);

    beforeAll(async () => {
      fixture = await startClusterFixture({
        name: "cross-instance",
        instanceCount: 3,
        userCount: 2,
        environment: { GATEHOUSE_SIGNIN_RATE_LIMIT: String(limit) },
      });
      await fixture.adminCli(["policy", "set", "lockout", `threshold=${threshold}`, "mode=admin"]);
      instances = fixture.cluster.instances;
      direct = new ClusterClient({ baseUrl: fixture.cluster.url, origin: fixture.cluster.url });
    });
    afterAll(async () => {
      direct?.close();
      await fixture?.stop();
    });

    it("an address gets its limit once across all instances, directly and through HAProxy", async () => {
      const statuses = [];
      for (let index = 0; index < limit + 6; index += 1) {
        const email = `address-test${index}@example.com`;
        statuses.push(
          (await acrossInstances(index, "/api/auth/identify", { email }, "198.51.100.7")).status,
        );
      }
      expect(statuses.filter((status) => status === 200)).toHaveLength(limit);
      expect(statuses.slice(limit)).toEqual(Array(6).fill(429));

      const client = new ClusterClient({
        baseUrl: fixture.cluster.url.replace("localhost", "127.0.0.1"),
        origin: fixture.cluster.url,
        localAddress: "127.0.2.1",
      });
      const viaBalancer = [];
      for (let index = 0; index < limit + 3; index += 1) {
        const email = `balanced${index}@example.com`;
        viaBalancer.push((await client.send("POST", "/api/auth/identify", { email })).status);
      }
      client.close();
      expect(viaBalancer.filter((status) => status === 200)).toHaveLength(limit);
      expect(viaBalancer.slice(limit)).toEqual([429, 429, 429]);
    });

    it("an account gets its limit once across all instances, whatever the addresses", async () => {
      const statuses = [];
      for (let index = 0; index < limit + 4; index += 1) {
        const answer = await acrossInstances(
          index,
          "/api/auth/identify",
          { email: "one.account@example.com" },
          `203.0.113.${index + 1}`,
        );
        statuses.push(answer.status);
      }
      expect(statuses.filter((status) => status === 200)).toHaveLength(limit);
      expect(statuses.slice(limit)).toEqual([429, 429, 429, 429]);
    });

    it("parallel wrong passwords over all instances lock the account after at most one more", async () => {
      const [victim] = fixture.users as [ClusterFixture["users"][number]];
      await Promise.all(
        Array.from({ length: 15 }, async (_, index) => {
          const client = new ClusterClient({
            baseUrl: instances[index % 3]!.url,
            origin: fixture.cluster.url,
          });
          const address = { "x-forwarded-for": `192.0.2.${index + 1}` };
          await client.send("POST", "/api/auth/identify", { email: victim.email }, address);
          await client.send("POST", "/api/auth/password", { password: `wrong-${index}` }, address);
          client.close();
        }),
      );
      const database = new pg.Client({ connectionString: fixture.postgres.url });
      await database.connect();
      const { rows } = await database.query<{ failed_attempts: number; locked_at: string | null }>(
        "select failed_attempts, locked_at from users where email = $1",
        [victim.email],
      );
      await database.end();
      expect(rows[0]?.failed_attempts).toBeLessThanOrEqual(threshold + 1);
      expect(rows[0]?.locked_at).not.toBeNull();
      for (const [index, instance] of instances.entries()) {
        const client = new ClusterClient({ baseUrl: instance.url, origin: fixture.cluster.url });
        const address = { "x-forwarded-for": `192.0.2.${100 + index}` };
        await client.send("POST", "/api/auth/identify", { email: victim.email }, address);
        const right = await client.send(
          "POST",
          "/api/auth/password",
          { password: victim.password },
          address,
        );
        expect(right.code).toBe("AUTH_LOCKED");
        client.close();
      }
    });

    it("a SAML key rotated on one instance signs and verifies on all within a second", async () => {
      const admin = new ClusterClient({
        baseUrl: fixture.cluster.url,
        origin: fixture.cluster.url,
      });
      expect((await signIn(admin, fixture.admin.email, fixture.admin.password)).status).toBe(200);
      const certificates = async (instance: Instance) => {
        const metadata = await (await fetch(`${instance.url}/saml/metadata`)).text();
        return [...metadata.matchAll(/<ds:X509Certificate>([^<]+)</g)].map((match) => match[1]);
      };
      const [old] = await certificates(instances[0]!);

      const rotated = await admin.send(
        "POST",
        "/api/admin/sso-keys/rotate",
        { purpose: "saml-signing" },
        {},
        instances[0]!.url,
      );
      expect(rotated.status).toBe(204);
      const rotatedAt = Date.now();
      const [fresh] = await certificates(instances[0]!);
      expect(fresh).not.toBe(old);
      const seenAfter: number[] = [];
      await Promise.all(
        instances.map(async (instance) => {
          await waitFor(
            `${instance.name} to publish the new key`,
            10_000,
            async () => (await certificates(instance))[0] === fresh,
            20,
          );
          seenAfter.push(Date.now() - rotatedAt);
        }),
      );
      console.log(
        `The new key was published by every instance ${Math.max(...seenAfter)} ms after the rotation.`,
      );
      expect(Math.max(...seenAfter)).toBeLessThanOrEqual(1000);

      const user = new ClusterClient({ baseUrl: fixture.cluster.url, origin: fixture.cluster.url });
      const member = fixture.users[1]!;
      expect((await signIn(user, member.email, member.password)).status).toBe(200);
      const pem = (body: string | undefined) =>
        `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`;
      const serviceProvider = (certificate: string | undefined) =>
        new SAML({
          idpCert: pem(certificate),
          issuer: "urn:cluster:sp",
          audience: "urn:cluster:sp",
          callbackUrl: "https://sp.cluster.example/acs",
          idpIssuer: `${fixture.cluster.url}/saml/metadata`,
          wantAssertionsSigned: true,
          wantAuthnResponseSigned: true,
        });
      for (const instance of instances) {
        const launch = await user.send(
          "POST",
          `/api/apps/${fixture.samlAppId}/launch`,
          {},
          {},
          instance.url,
        );
        const path = new URL(launch.json<{ url: string }>().url).pathname;
        const page = await user.send("GET", path, undefined, {}, instance.url);
        const SAMLResponse = /name="SAMLResponse" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
        const { profile } = await serviceProvider(fresh).validatePostResponseAsync({
          SAMLResponse,
        });
        expect(profile?.nameID, instance.name).toBe(member.email);
        await expect(
          serviceProvider(old).validatePostResponseAsync({ SAMLResponse }),
        ).rejects.toThrow();
      }
      admin.close();
      user.close();
    });
  },
);

// SSO part of `npm run bench`: launch-to-signed-in latency p50/p99 (ticket → signed SAML
// response; ticket → OIDC code → token), OIDC token endpoint tokens per server CPU-second over
// keep-alive beside oidc-provider alone redeeming as many codes (bench/oidc-provider-alone.ts),
// and the raw RS256/ES256 signing rate measured in the same run. The apps are registered with
// the admin CLI before the server starts; redirects to them are never followed (localhost only).
// Every loop is bounded by a count and a deadline.
import { generateKeyPairSync, randomBytes, sign } from "node:crypto";
import { Agent } from "node:http";
import { Browser } from "./bench-browser.ts";
import { bounded } from "./bounded.ts";
import { launchPath, oidcCode } from "./oidc-codes.ts";
import { listedRounds, roundsBesideOidcAlone } from "./oidc-alone-ceiling.ts";
import { redeemAll, redeemCode, type TokenClient } from "./token-request.ts";
import { redirectUri, type SsoBenchApps } from "./sso-apps.ts";
import type { FigureLog } from "./figures.ts";
import { formatNumber as fmt } from "./figures.ts";

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

function summary(latencies: number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 0.5).toFixed(2)} ms, p99 ${percentile(sorted, 0.99).toFixed(2)} ms (${sorted.length} launches)`;
}

/** Launch → ticket redeemed → signed SAML response page. */
async function samlLaunch(browser: Browser, apps: SsoBenchApps): Promise<void> {
  const page = await browser.send("GET", await launchPath(browser, apps.samlId));
  if (page.status !== 200 || !page.body.includes("SAMLResponse")) {
    throw new Error(`SAML launch answered ${page.status}`);
  }
}

/** Both token runs: 16 requests in flight, for up to 30 s each. */
const tokenRun = { concurrency: 16, deadlineMs: 30_000 };
/** Codes redeemed in the measured rounds, and the rounds per side (bench/token-rounds.ts). */
const tokenCodes = 2000;
const tokenRounds = 4;
/**
 * Codes each token endpoint redeems first, uncounted: V8 compiles the larger server's path over
 * the first thousand or so tokens (a first run of 600 cost 1.3–1.6 ms of server CPU per token,
 * later ones 0.8–1.0), and the figure is the steady state, as for GET /api/me (bench/me.ts).
 */
export const tokenWarmUpCodes = 1000;

/** Raw signatures per CPU-second, for up to 1 s or 20,000 signatures each. */
function signingRate(algorithm: "RS256" | "ES256"): number {
  const { privateKey } =
    algorithm === "ES256"
      ? generateKeyPairSync("ec", { namedCurve: "P-256" })
      : generateKeyPairSync("rsa", { modulusLength: 2048 });
  const payload = randomBytes(256);
  const deadline = performance.now() + 1000;
  const cpuBefore = process.cpuUsage();
  let count = 0;
  while (count < 20_000 && performance.now() < deadline) {
    sign(
      "sha256",
      payload,
      algorithm === "ES256" ? { key: privateKey, dsaEncoding: "ieee-p1363" } : privateKey,
    );
    count += 1;
  }
  const cpu = process.cpuUsage(cpuBefore);
  return count / ((cpu.user + cpu.system) / 1e6);
}

export async function runSsoBench(options: {
  origin: string;
  sessionCookie: string;
  apps: SsoBenchApps;
  cpuSeconds: () => number;
  log: FigureLog;
}): Promise<void> {
  const { origin, apps, log } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const tokenAgent = new Agent({ keepAlive: true, maxSockets: 64 });
  const tokenClient: TokenClient = {
    tokenUrl: `${origin}/oidc/token`,
    clientId: apps.clientId,
    secret: apps.secret,
    redirectUri,
    agent: tokenAgent,
  };
  const exchange = (grant: { code: string; verifier: string }) => redeemCode(tokenClient, grant);
  try {
    console.log("");
    const rs256 = signingRate("RS256");
    const es256 = signingRate("ES256");
    console.log(
      `raw signing (per CPU-s):             RS256 ${fmt(rs256)}/s, ES256 ${fmt(es256)}/s`,
    );

    const browser = () => new Browser(origin, agent, options.sessionCookie);
    // Warm-up: keys are generated and the OP is built on first use.
    await samlLaunch(browser(), apps);
    await exchange(await oidcCode(browser(), origin, apps));

    const samlLatencies = await bounded(1, 300, 8000, async () => {
      const begin = performance.now();
      await samlLaunch(browser(), apps);
      return performance.now() - begin;
    });
    console.log(`launch → signed SAML response:       ${summary(samlLatencies)}`);

    const oidcLatencies = await bounded(1, 200, 8000, async () => {
      const begin = performance.now();
      await exchange(await oidcCode(browser(), origin, apps));
      return performance.now() - begin;
    });
    console.log(`launch → OIDC code → token:          ${summary(oidcLatencies)}`);

    // Codes live 60 s: collect a batch, redeem the warm-up's share, then the rest, counted, in
    // rounds taking turns with oidc-provider alone (bench/token-rounds.ts), which first redeems
    // as many codes as the endpoint had: one first, one per OIDC launch above, and the warm-up's.
    const grants = await bounded(8, tokenWarmUpCodes + tokenCodes, 40_000, () =>
      oidcCode(browser(), origin, apps),
    );
    const warmedUp = Math.min(tokenWarmUpCodes, grants.length - 1);
    await redeemAll(tokenClient, grants.splice(0, warmedUp), tokenRun);
    const rounds = await roundsBesideOidcAlone({
      grants,
      redeem: (chunk) => redeemAll(tokenClient, chunk, tokenRun),
      cpuSeconds: options.cpuSeconds,
      warmUp: 1 + oidcLatencies.length + warmedUp,
      rounds: tokenRounds,
      run: tokenRun,
    });
    log.report({
      name: "OIDC token endpoint (client auth, PKCE, ES256 ID token)",
      value: rounds.gatehouse.perCpuSecond,
      unit: "tokens/server CPU-s",
      ceiling: {
        value: rounds.ceiling.perCpuSecond,
        what: `oidc-provider alone on node:http, in-memory adapter, ES256, per its CPU-s; each the median of ${tokenRounds} rounds taken in turn`,
      },
      goal: "ratio ≥ 0.6",
    });
    console.log(`    ${listedRounds(rounds)}`);
  } finally {
    agent.destroy();
    tokenAgent.destroy();
  }
}

// `npm run bench` section for issue 17: how fast a sign-in reaches the desktop app, and an
// approval the browser — from the password accepted to the app's long poll answering with the
// request, and from the approval answered to the browser's long poll answering signed in — p50
// and p99, with both on one instance, and across two instances on one database (the browser on
// the first, the app on the second: the change channel carries it). Each user stays under the
// push policy's limit of requests per 10 minutes; every loop is bounded by a count.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { signDeviceChallenge } from "../main/core/device-key.ts";
import { fetchPushInbox } from "../main/core/push-inbox.ts";
import type { SecretStore } from "../main/core/secret-store.ts";
import type { PushRequestEvent } from "../server/schemas/push.ts";
import { enrollBenchDevice } from "./bench-device.ts";
import { inheritedEnvironment } from "./bench-server.ts";
import type { FigureLog } from "./figures.ts";
import { freePort } from "./http-client.ts";
import { createSyntheticAuthenticator } from "../test/fixtures/synthetic-authenticator.ts";

const users = 5;
const samplesPerUser = 20; // the push policy below allows 20 requests per user per 10 minutes
const password = "Orchard-Lantern-River-42";

/** One browser's cookies, our Origin and JSON on every call. */
function browser(publicOrigin: string) {
  const cookies = new Map<string, string>();
  return async (base: string, pathname: string, body: object = {}) => {
    const response = await fetch(`${base}${pathname}`, {
      method: "POST",
      headers: {
        origin: publicOrigin,
        "content-type": "application/json",
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
      },
      body: JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [name = "", value = ""] = (line.split(";")[0] ?? "").split("=");
      if (value === "") {
        cookies.delete(name);
      } else {
        cookies.set(name, value);
      }
    }
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`${pathname} answered ${response.status}: ${text}`);
    }
    return JSON.parse(text) as Record<string, unknown>;
  };
}

type Desktop = {
  email: string;
  store: SecretStore;
  authenticator: ReturnType<typeof createSyntheticAuthenticator>;
};

/** A user with an enrolled desktop app and a passkey bound to it, set up over HTTP. */
async function setUpDesktop(publicOrigin: string, email: string): Promise<Desktop> {
  const call = browser(publicOrigin);
  await call(publicOrigin, "/api/auth/identify", { email });
  await call(publicOrigin, "/api/auth/password", { password });
  const store = await enrollBenchDevice((pathname, body) => call(publicOrigin, pathname, body));
  const authenticator = createSyntheticAuthenticator();
  const { options } = (await call(publicOrigin, "/api/device-login/registration/options")) as {
    options: { challenge: string };
  };
  const { challenge } = await call(publicOrigin, "/api/devices/challenge");
  const signed = await signDeviceChallenge(store, publicOrigin, String(challenge));
  if (!signed.ok) {
    throw new Error(signed.message);
  }
  await call(publicOrigin, "/api/device-login/registration/verify", {
    response: authenticator.register({ challenge: options.challenge, origin: publicOrigin }),
    name: "Bench Touch ID",
    deviceProof: { ...signed.value, challenge },
  });
  return { email, store, authenticator };
}

/** One sign-in approved: the two latencies in milliseconds. */
async function approveOnce(
  publicOrigin: string,
  browserBase: string,
  appBase: string,
  desktop: Desktop,
): Promise<{ delivered: number; signedIn: number }> {
  const fetchVia = (url: string, init: RequestInit) =>
    fetch(url.replace(publicOrigin, appBase), init);
  // The app is already waiting when the password is accepted, as the real one is.
  const waiting = fetchPushInbox({
    store: desktop.store,
    portalOrigin: publicOrigin,
    known: [],
    waitSeconds: 25,
    fetch: fetchVia,
  });
  const call = browser(publicOrigin);
  await call(browserBase, "/api/auth/identify", { email: desktop.email });
  await call(browserBase, "/api/auth/password", { password });
  const passwordAccepted = performance.now();
  const inbox = await waiting;
  const delivered = performance.now() - passwordAccepted;
  const request = inbox.ok ? inbox.requests[0] : undefined;
  const { prompt } = (await call(browserBase, "/api/auth/push/wait", { waitSeconds: 0 })) as {
    prompt: { number: number };
  };
  const choice = request?.choices.find((candidate) => candidate.number === prompt.number);
  if (request === undefined || choice === undefined) {
    throw new Error("the request did not reach the app");
  }
  const browserWaits = call(browserBase, "/api/auth/push/wait", { waitSeconds: 25 });
  await approve(publicOrigin, appBase, desktop, request, choice.number, choice.challenge);
  const approved = performance.now();
  const answer = await browserWaits;
  if (answer.next !== "done") {
    throw new Error(`the browser was not signed in: ${JSON.stringify(answer)}`);
  }
  return { delivered, signedIn: performance.now() - approved };
}

async function approve(
  publicOrigin: string,
  appBase: string,
  desktop: Desktop,
  request: PushRequestEvent,
  number: number,
  challenge: string,
) {
  const app = browser(publicOrigin);
  const issued = await app(appBase, "/api/devices/challenge");
  const signed = await signDeviceChallenge(desktop.store, publicOrigin, String(issued.challenge));
  if (!signed.ok) {
    throw new Error(signed.message);
  }
  await app(appBase, `/api/push/requests/${request.id}/approve`, {
    number,
    response: desktop.authenticator.assert({ challenge, origin: publicOrigin }),
    deviceProof: { ...signed.value, challenge: issued.challenge },
  });
}

/** The four figures of one scenario, through the run's FigureLog (so `--json FILE` has them). */
function reportScenario(log: FigureLog, label: string, delivered: number[], signedIn: number[]) {
  for (const [what, samples, goal] of [
    ["password → desktop app has the request", delivered, "≤ 1,000 ms (issue 17: within a second)"],
    ["approval → browser signed in", signedIn, undefined],
  ] as const) {
    for (const [quantile, fraction] of [
      ["p50", 0.5],
      ["p99", 0.99],
    ] as const) {
      log.report({
        name: `push ${what} ${quantile}, ${label}`,
        value: percentile(samples, fraction),
        unit: "ms",
        ...(goal === undefined || quantile !== "p99" ? {} : { goal }),
        lowerIsBetter: true,
      });
    }
  }
}

export async function runPushBench(input: {
  log: FigureLog;
  /** Sign-ins per user and scenario (at most the policy's 20); fewer for a short run. */
  samplesPerUser?: number;
}): Promise<void> {
  const samples = Math.min(input.samplesPerUser ?? samplesPerUser, samplesPerUser);
  const directory = mkdtempSync(path.join(tmpdir(), "gatehouse-push-bench-"));
  const ports = [await freePort(), await freePort()];
  const publicOrigin = `http://localhost:${ports[0]}`;
  const environment = {
    ...inheritedEnvironment(),
    GATEHOUSE_MODE: "production",
    GATEHOUSE_HOST: "localhost",
    GATEHOUSE_PUBLIC_URL: publicOrigin,
    GATEHOUSE_LOG_LEVEL: "warn",
    GATEHOUSE_DATABASE_URL: `sqlite:${path.join(directory, "push-bench.db")}`,
    GATEHOUSE_SIGNIN_RATE_LIMIT: "100000",
    GATEHOUSE_SECRET_KEY: randomBytes(32).toString("base64"),
  };
  const servers: ChildProcess[] = [];
  const bases = ports.map((port) => `http://localhost:${port}`);
  try {
    // One after the other: the first start creates and migrates the database.
    for (const port of ports) {
      servers.push(
        spawn(process.execPath, ["server/cli.ts"], {
          env: { ...environment, GATEHOUSE_PORT: String(port) },
          stdio: "inherit",
        }),
      );
      await waitForHealth(`http://localhost:${port}`);
    }
    // The first start created the database; the admin CLI works on it directly.
    const emails = Array.from({ length: users * 2 }, (_, index) => `push${index}@example.com`);
    for (const email of emails) {
      await runAdminCli(environment, [
        "user",
        "create",
        "--email",
        email,
        "--first-name",
        "Push",
        "--last-name",
        "Bench",
        "--password-stdin",
      ]);
    }
    await runAdminCli(environment, ["policy", "set", "deviceLogin", "mode=on"]);
    await runAdminCli(environment, [
      "policy",
      "set",
      "push",
      "mode=allowed",
      `maxRequestsPerTenMinutes=${samplesPerUser}`,
    ]);
    const desktops = [];
    for (const email of emails) {
      desktops.push(await setUpDesktop(publicOrigin, email));
    }
    const scenarios = [
      { label: "one instance", appBase: bases[0] ?? "", desktops: desktops.slice(0, users) },
      { label: "two instances", appBase: bases[1] ?? "", desktops: desktops.slice(users) },
    ];
    console.log(
      `\nSign-in approval on the desktop app (issue 17), SQLite, ${users * samples} sign-ins each:`,
    );
    for (const scenario of scenarios) {
      const delivered: number[] = [];
      const signedIn: number[] = [];
      for (const desktop of scenario.desktops) {
        for (let sample = 0; sample < samples; sample += 1) {
          const one = await approveOnce(publicOrigin, bases[0] ?? "", scenario.appBase, desktop);
          delivered.push(one.delivered);
          signedIn.push(one.signedIn);
        }
      }
      reportScenario(input.log, scenario.label, delivered, signedIn);
    }
  } finally {
    for (const server of servers) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    rmSync(directory, { recursive: true, force: true });
  }
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

function runAdminCli(environment: NodeJS.ProcessEnv, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["server/admin/cli.ts", ...args], {
      env: environment,
      stdio: ["pipe", "ignore", "inherit"],
    });
    child.stdin.end(`${password}\n`);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`admin CLI ${args.join(" ")} exited ${code}`)),
    );
  });
}

async function waitForHealth(base: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const healthy = await fetch(`${base}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${base} did not become healthy`);
}

// `npm run bench` section: the desktop sign-in's requests (a passkey sign-in, options and verify,
// and a device proof, challenge and signed answer) and the launch the SSO section measures
// (launch → OIDC code → token)
// with 100,000 expired rows in every table they touch, beside the same latencies with none, in
// alternating rounds (see bench/interleaved-rounds.ts). Expired rows are the timed sweep's job
// (server/storage/expiry-sweep.ts), so they must not slow a request down. The rows stay present
// while measured: the bench holds the sweeps' locks (bench/expired-rows-load.ts) and counts them
// after every loaded round. Every loop is bounded by a count and a deadline.
import type { Agent } from "node:http";
import type { DatabaseConfig } from "../server/config/settings.ts";
import { signDeviceChallenge } from "../main/core/device-key.ts";
import { createSyntheticAuthenticator } from "../test/fixtures/synthetic-authenticator.ts";
import { openDatabase } from "../server/storage/database.ts";
import { Browser } from "./bench-browser.ts";
import { enrollBenchDevice } from "./bench-device.ts";
import { benchUser } from "./bench-server.ts";
import {
  countExpiredRows,
  holdingSweepLocks,
  loadExpiredRows,
  loadedTables,
  unloadExpiredRows,
} from "./expired-rows-load.ts";
import type { FigureLog } from "./figures.ts";
import { call } from "./http-client.ts";
import { measureInterleaved, medianLatency, type State } from "./interleaved-rounds.ts";
import { oidcCode } from "./oidc-codes.ts";
import { registerBenchPasskey, signInWithBenchPasskey } from "./passkeys.ts";
import { redirectUri, type SsoBenchApps } from "./sso-apps.ts";
import { redeemCode } from "./token-request.ts";

const expiredRows = 100_000;
const rounds = 10;
const requestBounds = { samples: 200, deadlineMs: 1500 };
const launchBounds = { samples: 40, deadlineMs: 3000 };

type Figure = "passkey" | "challenge" | "launch";
const figureNames: readonly Figure[] = ["passkey", "challenge", "launch"];

export async function runExpiredRowsBench(input: {
  origin: string;
  agent: Agent;
  database: DatabaseConfig;
  apps: SsoBenchApps;
  sessionCookie: string;
  log: FigureLog;
  /** Appended to each figure's name, e.g. ", PostgreSQL". */
  suffix?: string;
}): Promise<void> {
  const { origin, agent, apps } = input;
  const post = async (pathname: string, body: object = {}, cookie?: string) => {
    const answer = await call(origin, agent, "POST", pathname, body, cookie);
    if (answer.status !== 200) {
      throw new Error(`${pathname} answered ${answer.status}: ${answer.body}`);
    }
    return JSON.parse(answer.body) as Record<string, unknown>;
  };
  // The desktop app's device: enrolled with a connect key, then proving itself as the app does
  // before a device-login step (a challenge, signed with its key, answered).
  const device = await enrollBenchDevice((pathname, body) =>
    post(pathname, body, input.sessionCookie),
  );
  const proveDevice = async () => {
    const { challenge } = await post("/api/devices/challenge");
    const signed = await signDeviceChallenge(device, origin, String(challenge));
    if (!signed.ok) {
      throw new Error(signed.message);
    }
    await post("/api/devices/proof", { ...signed.value, challenge });
  };
  const tokenClient = { ...apps, redirectUri, tokenUrl: `${origin}/oidc/token`, agent };
  const launch = async () => {
    const browser = new Browser(origin, agent, input.sessionCookie);
    await redeemCode(tokenClient, await oidcCode(browser, origin, apps));
  };
  // The verify records its challenge as spent in spent_webauthn_challenges, among the expired rows.
  const authenticator = createSyntheticAuthenticator();
  await registerBenchPasskey({ agent, origin, sessionCookie: input.sessionCookie, authenticator });
  const passkeySignIn = () => signInWithBenchPasskey({ agent, origin, authenticator });
  const db = openDatabase(input.database);
  try {
    const user = await db
      .selectFrom("users")
      .select("id")
      .where("email", "=", benchUser.email)
      .executeTakeFirstOrThrow();
    const owner = { userId: user.id, appId: apps.oidcId };
    const expectPresent = async (state: State) => {
      const counts = await countExpiredRows(db, Date.now());
      const wanted = state === "loaded" ? expiredRows : 0;
      for (const { table } of loadedTables) {
        if (counts[table] !== wanted) {
          throw new Error(`${table} held ${counts[table]} expired bench rows, not ${wanted}`);
        }
      }
    };
    // Warm-up: the OP and the keys are built on first use.
    await passkeySignIn();
    await launch();
    const measured = await holdingSweepLocks(db, () =>
      measureInterleaved({
        rounds,
        names: figureNames,
        load: () => loadExpiredRows(db, { count: expiredRows, now: Date.now(), owner }),
        unload: () => unloadExpiredRows(db),
        measure: async (state) => {
          await expectPresent(state);
          const passkey = await medianLatency(passkeySignIn, requestBounds);
          const challenge = await medianLatency(proveDevice, requestBounds);
          const launched = await medianLatency(launch, launchBounds);
          // Still there afterwards: the loaded figures were not measured on emptied tables.
          await expectPresent(state);
          return { passkey: passkey.median, challenge: challenge.median, launch: launched.median };
        },
      }),
    );
    report(input, measured.figures);
  } finally {
    await unloadExpiredRows(db);
    await db.destroy();
  }
}

function report(
  input: { log: FigureLog; suffix?: string },
  figures: Record<Figure, Record<State, { median: number; rounds: number[] }>>,
): void {
  const rows = `${expiredRows.toLocaleString("en-US")} expired rows`;
  const described: Record<Figure, { name: string; tables: string; scale: number; unit: string }> = {
    passkey: {
      name: "passkey sign-in (options + verify) median",
      tables: "spent_webauthn_challenges",
      scale: 1000,
      unit: "µs",
    },
    challenge: {
      name: "device proof (challenge + signed proof) median",
      tables: "spent_device_challenges",
      scale: 1000,
      unit: "µs",
    },
    launch: {
      name: "launch → OIDC code → token median",
      tables: "launch_tickets, launch_handoffs, oidc_payloads",
      scale: 1,
      unit: "ms",
    },
  };
  console.log(
    `\nExpired rows: ${rounds} alternating rounds; each figure the median of its rounds' medians`,
  );
  for (const name of figureNames) {
    const { empty, loaded } = figures[name];
    const about = described[name];
    const rounded = (values: number[]) =>
      values.map((value) => (value * about.scale).toFixed(about.unit === "ms" ? 2 : 0)).join(", ");
    console.log(
      `    ${name} rounds, empty: ${rounded(empty.rounds)}; loaded: ${rounded(loaded.rounds)}`,
    );
    input.log.report({
      name: `${about.name} with ${rows} in ${about.tables}${input.suffix ?? ""}`,
      value: loaded.median * about.scale,
      unit: about.unit,
      ceiling: { value: empty.median * about.scale, what: "the same median with none" },
      goal: "ratio ≥ 0.91 (within 10%)",
      lowerIsBetter: true,
    });
  }
}

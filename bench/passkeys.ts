// `npm run bench` section: passkey sign-ins per CPU-second of the server end to end over HTTP
// (options + verify, a new session each time) beside the server's own assertion check alone
// (server/webauthn/assertion-check.ts) per CPU-second in the same run, with the library's
// verifyAuthenticationResponse, which the server used before it, printed for comparison. The
// authenticator is the software one the server tests use; it reports a signature counter of 0
// (as many platform authenticators do), so parallel assertions are valid in any order. Every loop
// is bounded by a count and a deadline.
//
// The server first signs in up to 500 times, not counted: a route's schemas are compiled on its
// first request (server/plugins/deferred-schema-compilers.ts), and V8 optimizes the path only
// after many calls, on threads whose CPU counts as the server's. Measured from a cold server,
// one 6-s run read 139 to 271 sign-ins per CPU-s on one idle machine. The figure is then the
// median of three rounds, each printed, as the other figures are.
import { Agent, request } from "node:http";
import { verifyAuthenticationResponse, verifyRegistrationResponse } from "@simplewebauthn/server";
import * as webauthnHelpers from "@simplewebauthn/server/helpers";
import { checkAssertion } from "../server/webauthn/assertion-check.ts";
import { createSyntheticAuthenticator } from "../test/fixtures/synthetic-authenticator.ts";
import { formatNumber, type FigureLog } from "./figures.ts";
import { median } from "./interleaved-rounds.ts";

const warmUp = { signIns: 500, deadlineMs: 4_000 };
const round = { signIns: 1_500, deadlineMs: 4_000 };
const rounds = 3;
const rawVerifications = 5_000;
const deadlineMs = 6_000;
const inFlight = 8;

type Answer = { status: number; body: string; cookies: string[] };

export async function runPasskeyBench(input: {
  origin: string;
  sessionCookie: string; // a session verified moments ago, as registration requires
  cpuSeconds: () => number; // the server process's CPU time so far
  log: FigureLog;
  /** On PostgreSQL: named so, and counted per CPU-second of the server and the database. */
  postgres?: boolean;
}): Promise<void> {
  const { origin } = input;
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight * 2 });
  const authenticator = createSyntheticAuthenticator();
  try {
    await registerBenchPasskey({
      agent,
      origin,
      sessionCookie: input.sessionCookie,
      authenticator,
    });
    const signInOnce = () => signInWithBenchPasskey({ agent, origin, authenticator });
    await measure(warmUp, signInOnce);
    const rates: number[] = [];
    for (let taken = 0; taken < rounds; taken += 1) {
      const cpuBefore = input.cpuSeconds();
      const { count } = await measure(round, signInOnce);
      rates.push(count / Math.max(input.cpuSeconds() - cpuBefore, 0.01));
    }
    const raw = await measureRawVerification(origin);

    console.log("");
    // On PostgreSQL the goal counts the database's CPU with the server's, as the figure does.
    const unit = `sign-ins/${input.postgres === true ? "(server + database)" : "server"} CPU-s`;
    input.log.report({
      name: `passkey sign-in (options + verify)${input.postgres === true ? ", PostgreSQL" : ""}`,
      value: median(rates),
      unit,
      ceiling: {
        value: raw.ownCheck,
        what: "the server's assertion check alone (node:crypto), per CPU-s of one process",
      },
      goal: `≥ 500 ${unit}`,
    });
    console.log(`    rounds, ${unit}: ${rates.map(formatNumber).join(", ")} (after a warm-up)`);
    console.log(
      `    verifyAuthenticationResponse alone, for comparison: ${formatNumber(raw.library)} per CPU-s`,
    );
  } finally {
    agent.destroy();
  }
}

type BenchAuthenticator = ReturnType<typeof createSyntheticAuthenticator>;

/** Registers the authenticator's passkey for the bench user (a session verified moments ago). */
export async function registerBenchPasskey(input: {
  agent: Agent;
  origin: string;
  sessionCookie: string;
  authenticator: BenchAuthenticator;
}): Promise<void> {
  const { agent, origin, sessionCookie } = input;
  const path = "/api/device-login/registration";
  const options = await post(agent, origin, `${path}/options`, {}, sessionCookie);
  const challenge = (JSON.parse(options.body) as { options: { challenge: string } }).options
    .challenge;
  const registration = input.authenticator.register({ challenge, origin });
  const registered = await post(
    agent,
    origin,
    `${path}/verify`,
    { response: registration, name: "Bench authenticator" },
    sessionCookie,
  );
  if (registered.status !== 200) {
    throw new Error(`passkey registration answered ${registered.status}: ${registered.body}`);
  }
}

/** One passkey sign-in over HTTP, options then verify; throws unless a session comes back. */
export async function signInWithBenchPasskey(input: {
  agent: Agent;
  origin: string;
  authenticator: BenchAuthenticator;
}): Promise<void> {
  const { agent, origin } = input;
  const started = await post(agent, origin, "/api/device-login/options", {});
  const { options } = JSON.parse(started.body) as { options: { challenge: string } };
  // A counter of 0, as many platform authenticators report: parallel assertions pass in any order.
  const response = input.authenticator.assert({ challenge: options.challenge, origin, counter: 0 });
  const verified = await post(agent, origin, "/api/device-login/verify", { response });
  if (
    verified.status !== 200 ||
    !verified.cookies.some((cookie) => cookie.startsWith("gh_session="))
  ) {
    throw new Error(`passkey sign-in answered ${verified.status}: ${verified.body}`);
  }
}

/**
 * The server's assertion check and the library's verification, each alone in this process, over
 * the same assertions prepared beforehand: verifications per CPU-second of each.
 */
async function measureRawVerification(
  origin: string,
): Promise<{ ownCheck: number; library: number }> {
  const authenticator = createSyntheticAuthenticator();
  const registrationChallenge = Buffer.from("bench-registration").toString("base64url");
  const verified = await verifyRegistrationResponse({
    response: authenticator.register({ challenge: registrationChallenge, origin }),
    expectedChallenge: registrationChallenge,
    expectedOrigin: origin,
    expectedRPID: "localhost",
    requireUserVerification: true,
  });
  if (!verified.verified) {
    throw new Error("the bench authenticator's registration did not verify");
  }
  const credential = verified.registrationInfo.credential;
  const publicKey = Buffer.from(credential.publicKey).toString("base64url");
  const prepared = Array.from({ length: rawVerifications }, (_, index) => {
    const challenge = Buffer.from(`bench-challenge-${index}`).toString("base64url");
    return { challenge, response: authenticator.assert({ challenge, origin, counter: 0 }) };
  });
  const ownCheck = await perCpuSecond(prepared, ({ challenge, response }) => {
    const expected = { challenge, origin, rpId: "localhost", publicKey, counter: 0 };
    checkAssertion(webauthnHelpers, response, expected); // throws unless it holds
    return Promise.resolve();
  });
  const library = await perCpuSecond(prepared, async ({ challenge, response }) => {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: "localhost",
      credential,
      requireUserVerification: true,
    });
    if (!result.verified) {
      throw new Error("a prepared assertion did not verify");
    }
  });
  return { ownCheck, library };
}

/** `verify` over each item in turn until the items or the deadline run out; per CPU-second. */
async function perCpuSecond<Item>(
  items: Item[],
  verify: (item: Item) => Promise<void>,
): Promise<number> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let count = 0;
  for (const item of items) {
    await verify(item);
    count += 1;
    if (performance.now() - started > deadlineMs) {
      break;
    }
  }
  const cpu = process.cpuUsage(cpuBefore);
  return count / ((cpu.user + cpu.system) / 1e6);
}

async function measure(
  bounds: { signIns: number; deadlineMs: number },
  once: () => Promise<void>,
): Promise<{ count: number }> {
  const started = performance.now();
  let count = 0;
  const worker = async () => {
    while (count < bounds.signIns && performance.now() - started < bounds.deadlineMs) {
      count += 1;
      await once();
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { count };
}

function post(
  agent: Agent,
  origin: string,
  pathname: string,
  body: object,
  cookie?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const outgoing = request(
      `${origin}${pathname}`,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          origin,
          ...(cookie === undefined ? {} : { cookie }),
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () =>
          resolve({
            status: incoming.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            cookies: incoming.headers["set-cookie"] ?? [],
          }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(payload);
  });
}

// The relying party's token request (RFC 6749 §4.1.3) as the bench sends it: client_secret_basic,
// the code and its PKCE verifier, over a keep-alive agent; and a bounded run of many of them.
import type { Agent } from "node:http";
import { request } from "node:http";

export type TokenClient = {
  tokenUrl: string;
  clientId: string;
  secret: string;
  redirectUri: string;
  agent: Agent;
};
export type CodeGrant = { code: string; verifier: string };

/** Redeems one code; throws unless an ID token comes back. */
export async function redeemCode(client: TokenClient, grant: CodeGrant): Promise<void> {
  const basic = Buffer.from(
    `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.secret)}`,
  ).toString("base64");
  const body = new URLSearchParams({
    grant_type: "authorization_code",
    code: grant.code,
    redirect_uri: client.redirectUri,
    code_verifier: grant.verifier,
  }).toString();
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const outgoing = request(
      client.tokenUrl,
      {
        method: "POST",
        agent: client.agent,
        headers: {
          authorization: `Basic ${basic}`,
          "content-type": "application/x-www-form-urlencoded",
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () =>
          resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
  if (answer.status !== 200 || !answer.body.includes("id_token")) {
    throw new Error(`token endpoint answered ${answer.status}: ${answer.body}`);
  }
}

/**
 * Redeems the grants with `concurrency` requests in flight until all are redeemed or the
 * deadline passes; the number redeemed.
 */
export async function redeemAll(
  client: TokenClient,
  grants: CodeGrant[],
  options: { concurrency: number; deadlineMs: number },
): Promise<number> {
  const deadline = performance.now() + options.deadlineMs;
  let next = 0;
  let redeemed = 0;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < grants.length && performance.now() < deadline) {
        const grant = grants[next];
        next += 1;
        if (grant !== undefined) {
          await redeemCode(client, grant);
          redeemed += 1;
        }
      }
    }),
  );
  return redeemed;
}

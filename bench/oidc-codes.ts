// Authorization codes for the bench, got the way a user gets them: a launch from the portal, the
// relying party's authorization request (code + PKCE S256), and the redirects followed on the
// portal's origin only. Each call is one code.
import { createHash, randomBytes } from "node:crypto";
import type { Browser } from "./bench-browser.ts";
import { redirectUri, type SsoBenchApps } from "./sso-apps.ts";

export async function launchPath(browser: Browser, appId: string): Promise<string> {
  const launch = await browser.send("POST", `/api/apps/${appId}/launch`, "{}");
  if (launch.status !== 200) {
    throw new Error(`launch answered ${launch.status}: ${launch.body}`);
  }
  return new URL((JSON.parse(launch.body) as { url: string }).url).pathname;
}

export /** Launch → ticket → the RP's authorization request (code + PKCE) → code. */
async function oidcCode(browser: Browser, origin: string, apps: SsoBenchApps) {
  const initiated = await browser.send("GET", await launchPath(browser, apps.oidcId));
  if (initiated.status !== 303) {
    throw new Error(`OIDC launch answered ${initiated.status}`);
  }
  const verifier = randomBytes(32).toString("base64url");
  const authorize = new URL(`${origin}/oidc/auth`);
  authorize.search = new URLSearchParams({
    client_id: apps.clientId,
    response_type: "code",
    redirect_uri: redirectUri,
    scope: "openid email",
    state: randomBytes(8).toString("hex"),
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
  }).toString();
  let hop = await browser.send("GET", authorize.href);
  for (let hops = 0; hops < 6 && hop.location?.startsWith(origin) === true; hops += 1) {
    hop = await browser.send("GET", hop.location);
  }
  const code = hop.location === undefined ? null : new URL(hop.location).searchParams.get("code");
  if (code === null) {
    throw new Error(`no code: ${hop.status} ${hop.body.slice(0, 200)}`);
  }
  return { code, verifier };
}

// The SSO bench's apps: a SAML and a confidential OIDC app registered for the bench user with the
// admin CLI, before the server starts.
import { execFileSync } from "node:child_process";

export const redirectUri = "https://tracker.bench.example/callback";

export type SsoBenchApps = { samlId: string; oidcId: string; clientId: string; secret: string };

/** Registers a SAML and a confidential OIDC app for the user, through the admin CLI. */
export function registerSsoBenchApps(environment: NodeJS.ProcessEnv, email: string): SsoBenchApps {
  const admin = (...args: string[]) =>
    execFileSync(process.execPath, ["server/admin/cli.ts", ...args], {
      env: environment,
      encoding: "utf8",
    });
  const idOf = (output: string) => /: ([0-9a-f-]{36})$/m.exec(output)?.[1] ?? "";
  const samlId = idOf(
    admin(
      "app",
      "create-saml",
      "--name",
      "Bench SAML",
      "--entity-id",
      "urn:bench:sp",
      "--acs-url",
      "https://sp.bench.example/acs",
      "--attribute",
      "email=email",
    ),
  );
  const oidcOutput = admin(
    "app",
    "create-oidc",
    "--name",
    "Bench OIDC",
    "--redirect-uri",
    redirectUri,
    "--initiate-login-uri",
    "https://tracker.bench.example/login",
    "--confidential",
  );
  const oidcId = idOf(oidcOutput);
  const secret = /Client secret \(shown once\): (\S+)/.exec(oidcOutput)?.[1] ?? "";
  for (const id of [samlId, oidcId]) {
    admin("app", "assign", id, "--email", email);
  }
  const shown = admin("app", "show", oidcId);
  const clientId = /"oidc_client_id": "([^"]+)"/.exec(shown)?.[1] ?? "";
  return { samlId, oidcId, clientId, secret };
}

// The demo catalog for `npm start`: an OIDC app, two SAML apps (one requiring MFA at launch) and
// a bookmark, assigned to the demo employee. Their URLs point at the demo service providers this
// same server runs (demo-oidc-app.ts, demo-saml-app.ts), so they are rewritten to the current
// origin at every start — the bundled desktop server picks a free port each time.
import { assignApp, findApp, insertApp, updateApp } from "../apps/app-store.ts";
import type { Clock } from "../lib/clock.ts";
import type { NewApp } from "../storage/apps-schema.ts";
import type { Db } from "../storage/database.ts";
import { findUserByEmail } from "../storage/users.ts";
import { demoAccounts } from "./demo-accounts.ts";

export type DemoSamlApp = { id: string; name: string; path: string; accent: string };

export const demoSsoApps = {
  tracker: {
    id: "00000000-0000-4000-8000-00000000d001",
    name: "Demo Tracker",
    clientId: "gh-demo-tracker",
  },
  expenses: {
    id: "00000000-0000-4000-8000-00000000d002",
    name: "Demo Expenses",
    path: "/demo/saml-app",
    accent: "#b5470b",
  },
  payroll: {
    id: "00000000-0000-4000-8000-00000000d003",
    name: "Demo Payroll",
    path: "/demo/payroll-app",
    accent: "#7a3fc2",
  },
  handbook: { id: "00000000-0000-4000-8000-00000000d004", name: "Employee Handbook" },
} as const;

function definitions(origin: string, organizationId: string, now: number): NewApp[] {
  const empty = {
    organization_id: organizationId,
    icon_type: null,
    icon_data: null,
    launch_url: null,
    saml_entity_id: null,
    saml_acs_url: null,
    saml_name_id_format: null,
    saml_attributes: null,
    oidc_client_id: null,
    oidc_client_secret_hash: null,
    oidc_redirect_uris: null,
    oidc_initiate_login_uri: null,
    oidc_scopes: null,
    created_at: now,
    updated_at: now,
  };
  const saml = (app: DemoSamlApp, notes: string, requireMfa: boolean): NewApp => ({
    ...empty,
    id: app.id,
    kind: "saml",
    display_name: app.name,
    notes,
    require_mfa: requireMfa ? 1 : 0,
    saml_entity_id: `${origin}${app.path}`,
    saml_acs_url: `${origin}${app.path}/acs`,
    saml_name_id_format: "emailAddress",
    saml_attributes: JSON.stringify({ email: "email", displayName: "displayName" }),
  });
  return [
    {
      ...empty,
      id: demoSsoApps.tracker.id,
      kind: "oidc",
      display_name: demoSsoApps.tracker.name,
      notes:
        "Track projects and tasks. Signs you in with OpenID Connect (a demo app served by this server).\n\nHelp: #it-help in chat.",
      require_mfa: 0,
      oidc_client_id: demoSsoApps.tracker.clientId,
      oidc_redirect_uris: JSON.stringify([`${origin}/demo/oidc-app/callback`]),
      oidc_initiate_login_uri: `${origin}/demo/oidc-app/login`,
      oidc_scopes: "openid profile email",
    },
    saml(
      demoSsoApps.expenses,
      "Submit and approve expenses. Signs you in with SAML 2.0 (a demo app served by this server).",
      false,
    ),
    saml(
      demoSsoApps.payroll,
      "Payslips and tax forms. Asks for your authenticator code every time it opens.",
      true,
    ),
    {
      ...empty,
      id: demoSsoApps.handbook.id,
      kind: "bookmark",
      display_name: demoSsoApps.handbook.name,
      notes: null,
      require_mfa: 0,
      launch_url: "https://example.com/",
    },
  ];
}

/** Creates the demo apps once (assigned to the demo employee) and points them at `origin`. */
export async function syncDemoSsoApps(db: Db, clock: Clock, origin: string): Promise<void> {
  const employee = await findUserByEmail(db, demoAccounts.employee.email);
  if (employee === undefined) {
    return;
  }
  const now = clock.now();
  for (const app of definitions(origin, employee.organization_id, now)) {
    if ((await findApp(db, app.id)) === undefined) {
      await insertApp(db, app);
      await assignApp(db, { appId: app.id, principalType: "user", principalId: employee.id, now });
    } else {
      const {
        launch_url,
        saml_entity_id,
        saml_acs_url,
        oidc_redirect_uris,
        oidc_initiate_login_uri,
      } = app;
      await updateApp(db, app.id, {
        launch_url,
        saml_entity_id,
        saml_acs_url,
        oidc_redirect_uris,
        oidc_initiate_login_uri,
      });
    }
  }
}

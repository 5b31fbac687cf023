// The last step of a launch, once the ticket (and per-app MFA, if required) passed: the bookmark
// redirect, the SAML auto-post to the registered ACS, or the OIDC third-party-initiated login
// (OIDC Core §4) with a hand-off the app's authorization request redeems. Every target comes
// from the app's registration, never from the request.
import { nameIdFormats, type NameIdFormat, type UserAttributeField } from "../lib/limits.ts";
import { oidcIssuer } from "../oidc/oidc-paths.ts";
import { samlEntityId } from "../saml/idp-metadata.ts";
import { buildSignedSamlResponse } from "../saml/saml-response.ts";
import type { Site } from "../config/site.ts";
import type { SsoEngine } from "../sso/sso-engine.ts";
import type { App } from "../storage/apps-schema.ts";
import type { User } from "../storage/schema.ts";
import { createHandoff } from "./launch-handoffs.ts";
import type { ServerText } from "../lib/server-text.ts";
import { failures } from "../sso/launch-messages.ts";
import type { TicketContext } from "./launch-tickets.ts";
import { failurePage, samlPostPage, type LaunchPage } from "../sso/launch-pages.ts";

export type AppSignIn =
  | { kind: "redirect"; location: string }
  | { kind: "page"; page: LaunchPage }
  | { kind: "oidc"; location: string; handoff: string };

export async function signInToApp(
  context: TicketContext & { site: Site },
  engine: SsoEngine,
  user: User,
  app: App,
  /** The words of any page this shows, in the user's language (docs/design.md §10). */
  text: ServerText,
): Promise<AppSignIn> {
  const origin = context.site.origin;
  if (app.kind === "bookmark" && app.launch_url !== null) {
    return { kind: "redirect", location: app.launch_url };
  }
  if (app.kind === "saml" && app.saml_acs_url !== null && app.saml_entity_id !== null) {
    const format = (app.saml_name_id_format ?? "emailAddress") as NameIdFormat;
    const mapping = JSON.parse(app.saml_attributes ?? "{}") as Record<string, UserAttributeField>;
    const xml = await buildSignedSamlResponse({
      idpEntityId: samlEntityId(origin),
      spEntityId: app.saml_entity_id,
      acsUrl: app.saml_acs_url,
      nameId: {
        format: nameIdFormats[format],
        value: format === "persistent" ? user.id : user.email,
      },
      attributes: Object.entries(mapping).flatMap(([name, field]) => {
        const value = userField(user, field);
        return value === null ? [] : [{ name, value }];
      }),
      sessionIndex: `_${context.random.bytes(16).toString("hex")}`,
      nowMs: context.clock.now(),
      random: context.random,
      signing: await engine.samlSigning(),
    });
    return {
      kind: "page",
      page: samlPostPage(context.random, text, {
        appName: app.display_name,
        acsUrl: app.saml_acs_url,
        samlResponse: Buffer.from(xml, "utf8").toString("base64"),
      }),
    };
  }
  if (app.kind === "oidc" && app.oidc_initiate_login_uri !== null) {
    const handoff = await createHandoff(context, "oidc", { userId: user.id, appId: app.id });
    // OIDC Core §4: iss (REQUIRED) and login_hint; the RP starts its authorization request.
    const location = new URL(app.oidc_initiate_login_uri);
    location.searchParams.set("iss", oidcIssuer(origin));
    location.searchParams.set("login_hint", user.email);
    return { kind: "oidc", location: location.href, handoff };
  }
  return {
    kind: "page",
    page: failurePage(context.random, text, {
      status: 409,
      failure: failures.notSetUp,
      values: { app: app.display_name },
      portalUrl: `${origin}/applications`,
    }),
  };
}

function userField(user: User, field: UserAttributeField): string | null {
  switch (field) {
    case "email":
      return user.email;
    case "firstName":
      return user.first_name;
    case "lastName":
      return user.last_name;
    case "displayName":
      return user.display_name;
    case "username":
      return user.username;
    case "department":
      return user.department;
    case "jobTitle":
      return user.job_title;
    case "employeeId":
      return user.employee_id;
  }
}

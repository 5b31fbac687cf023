// Demo SAML service providers served by the demo server itself (/demo/saml-app and
// /demo/payroll-app), so `npm start` shows real SAML SSO. Not product code: demo mode only. Each
// is a real SP (@node-saml/node-saml) that trusts the IdP certificate from our metadata and
// checks signature, audience, recipient and validity.
import { SAML } from "@node-saml/node-saml";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context.ts";
import { sendDemoPage } from "./demo-sso-page.ts";
import { demoSsoApps, type DemoSamlApp } from "./demo-sso-apps.ts";

export function registerDemoSamlApps(app: FastifyInstance, context: AppContext): void {
  app.register((scope, _options, done) => {
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: 256 * 1024 },
      (_request, body, parsed) =>
        parsed(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    for (const demo of [demoSsoApps.expenses, demoSsoApps.payroll]) {
      registerSp(scope, context, demo);
    }
    done();
  });
}

function registerSp(app: FastifyInstance, context: AppContext, demo: DemoSamlApp): void {
  const portalUrl = () => `${context.site.origin}/applications`;
  app.get(demo.path, (_request, reply) =>
    sendDemoPage(reply, context.random, {
      appName: demo.name,
      accent: demo.accent,
      title: "Open this app from Gatehouse",
      lines: ["Sign-in to this demo app starts from the Applications page of your portal."],
      portalUrl: portalUrl(),
    }),
  );
  // SAML HTTP-POST binding: the IdP's page posts here from another site by design.
  app.post(`${demo.path}/acs`, { config: { csrf: "cross-site" } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, string | undefined>;
    const origin = context.site.origin;
    const sp = new SAML({
      idpCert: await context.sso.samlCertificates(),
      issuer: `${origin}${demo.path}`,
      audience: `${origin}${demo.path}`,
      callbackUrl: `${origin}${demo.path}/acs`,
      idpIssuer: `${origin}/saml/metadata`,
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: true,
    });
    try {
      const { profile } = await sp.validatePostResponseAsync({
        SAMLResponse: body.SAMLResponse ?? "",
      });
      return sendDemoPage(reply, context.random, {
        appName: demo.name,
        accent: demo.accent,
        badge: { text: "Signed in with SAML 2.0" },
        title: `Welcome, ${typeof profile?.displayName === "string" ? profile.displayName : (profile?.nameID ?? "")}`,
        lines: ["Gatehouse posted a signed SAML response; this app checked it and signed you in."],
        facts: [
          ["NameID", profile?.nameID ?? ""],
          ["Email", String(profile?.email ?? "")],
          ["Issuer", profile?.issuer ?? ""],
        ],
        portalUrl: portalUrl(),
      });
    } catch (error) {
      request.log.warn({ err: error }, "demo SAML app: response refused");
      return sendDemoPage(reply, context.random, {
        status: 400,
        appName: demo.name,
        accent: demo.accent,
        badge: { text: "Not signed in", error: true },
        title: "Sign-in failed",
        lines: ["The SAML response did not check out. Open the app again from your portal."],
        portalUrl: portalUrl(),
      });
    }
  });
}

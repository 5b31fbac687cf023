// The SAML IdP's public endpoints: metadata for app owners (/saml/metadata) and a clear page at
// /saml/sso, since sign-in to SAML apps starts from the portal (IdP-initiated).
import { buildIdpMetadata } from "../../saml/idp-metadata.ts";
import { failures } from "../../sso/launch-messages.ts";
import type { RouteModule } from "../route-module.ts";
import { launchReplies } from "./launch-replies.ts";

export const samlRoutes: RouteModule = (app, context) => {
  const { fail } = launchReplies(context);
  app.get("/saml/metadata", async (_request, reply) =>
    reply
      .type("application/samlmetadata+xml")
      .header("cache-control", "public, max-age=300")
      .send(buildIdpMetadata(context.site.origin, await context.sso.samlCertificates())),
  );

  // SP-initiated SAML is not offered: apps open from the portal (IdP-initiated).
  app.get("/saml/sso", async (_request, reply) => fail(reply, 400, failures.samlFromPortal));
};

// The SAML IdP's public endpoints: metadata for app owners (/saml/metadata) and a clear page at
// /saml/sso, since sign-in to SAML apps starts from the portal (IdP-initiated).
import type { FastifyTypeboxInstance } from "../app.ts";
import { failures } from "../launch/launch-messages.ts";
import type { LaunchReplies } from "../launch/launch-replies.ts";
import { buildIdpMetadata } from "../saml/idp-metadata.ts";
import type { SsoEngine } from "../sso/sso-engine.ts";

export function samlRoutes(
  app: FastifyTypeboxInstance,
  engine: SsoEngine,
  { fail }: LaunchReplies,
): void {
  app.get("/saml/metadata", async (_request, reply) =>
    reply
      .type("application/samlmetadata+xml")
      .header("cache-control", "public, max-age=300")
      .send(buildIdpMetadata(engine.origin(), await engine.samlCertificates())),
  );

  // SP-initiated SAML is not offered: apps open from the portal (IdP-initiated).
  app.get("/saml/sso", async (_request, reply) => fail(reply, 400, failures.samlFromPortal));
}

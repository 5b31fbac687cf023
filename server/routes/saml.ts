// The SAML IdP's public endpoints: metadata for app owners (/saml/metadata) and a clear page at
// /saml/sso, since sign-in to SAML apps starts from the portal (IdP-initiated).
import type { FastifyTypeboxInstance } from "./fastify-typebox.ts";
import type { LaunchReplies } from "./launch-replies.ts";
import { buildIdpMetadata } from "../saml/idp-metadata.ts";
import type { AppContext } from "../context.ts";

export function samlRoutes(
  app: FastifyTypeboxInstance,
  { site, sso }: AppContext,
  { fail }: LaunchReplies,
): void {
  app.get("/saml/metadata", async (_request, reply) =>
    reply
      .type("application/samlmetadata+xml")
      .header("cache-control", "public, max-age=300")
      .send(buildIdpMetadata(site.origin, await sso.samlCertificates())),
  );

  // SP-initiated SAML is not offered: apps open from the portal (IdP-initiated).
  app.get("/saml/sso", async (_request, reply) =>
    fail(
      reply,
      400,
      "Open this app from your portal",
      "Sign-in to this app starts from your Gatehouse portal’s Applications page.",
    ),
  );
}

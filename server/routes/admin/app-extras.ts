// /api/admin/apps/…: what the console's app pages need beside the catalog itself — a SAML
// provider's metadata read into the fields of its registration, and an app's icon for the admin.
import { findApp } from "../../apps/app-store.ts";
import { AppError } from "../../errors.ts";
import { readSpMetadata } from "../../saml/sp-metadata.ts";
import { AppIcon, AppIdParams, SamlMetadataBody, SamlMetadataRead } from "../../schemas/apps.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminOrToken } from "./admin-actor.ts";

/** The icon's bytes, in the image type its upload was sniffed as (apps/app-validation.ts). */
const iconResponse = {
  content: Object.fromEntries(
    ["image/png", "image/jpeg", "image/webp"].map((type) => [type, { schema: AppIcon }]),
  ),
};

/** Pasted metadata is up to 256 KiB of text; JSON escaping may make the body larger. */
const metadataBodyLimit = 1024 * 1024;

export const adminAppExtraRoutes: RouteModule = (app, context) => {
  // Reading metadata changes nothing, but it is part of writing an app: the same scope.
  app.post(
    "/api/admin/apps/saml-metadata",
    {
      config: adminOrToken(context, "apps:write"),
      bodyLimit: metadataBodyLimit,
      schema: { body: SamlMetadataBody, response: { 200: SamlMetadataRead, ...errorReplies } },
    },
    (request) => {
      const read = readSpMetadata(request.body.xml);
      if (!read.ok) {
        throw new AppError("VALIDATION_FAILED", `xml is not usable: ${read.problem}.`, "xml", {
          reason: read.problem,
        });
      }
      return read.metadata;
    },
  );

  app.get(
    "/api/admin/apps/:id/icon",
    {
      config: adminOrToken(context, "apps:read"),
      schema: { params: AppIdParams, response: { 200: iconResponse, ...errorReplies } },
    },
    async (request, reply) => {
      const row = await findApp(context.db, request.params.id);
      if (row?.icon_data === null || row?.icon_data === undefined || row.icon_type === null) {
        throw new AppError("APP_NOT_FOUND", "No such app icon.");
      }
      // Only sniffed PNG, JPEG or WebP is ever stored; the sandbox keeps even a mislabelled
      // file from running anything if it is opened on its own.
      return reply
        .type(row.icon_type)
        .header("content-security-policy", "default-src 'none'; sandbox")
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "no-store")
        .send(Buffer.from(row.icon_data, "base64"));
    },
  );
};

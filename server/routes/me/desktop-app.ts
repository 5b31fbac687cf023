// GET /api/desktop-app: where to download the desktop app — the links the admin set in the
// console's Settings (the `downloads` policy), else the ones the configuration names.
import { effectiveDownloads } from "../../config/desktop-downloads.ts";
import { readPolicy } from "../../policies/policy-store.ts";
import { DesktopApp } from "../../schemas/security.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";

export const desktopAppRoutes: RouteModule = (app, { config, db }) => {
  app.get(
    "/api/desktop-app",
    {
      config: { access: { session: "ready" } },
      schema: { response: { 200: DesktopApp, ...errorReplies } },
    },
    async () => ({
      downloads: effectiveDownloads(config.desktopDownloads, await readPolicy(db, "downloads")),
    }),
  );
};

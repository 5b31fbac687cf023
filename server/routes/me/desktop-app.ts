// GET /api/desktop-app: where to download the desktop app, as IT configured it.
import { DesktopApp } from "../../schemas/security.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";

export const desktopAppRoutes: RouteModule = (app, { config }) => {
  app.get(
    "/api/desktop-app",
    {
      config: { access: { session: "ready" } },
      schema: { response: { 200: DesktopApp, ...errorReplies } },
    },
    () => ({ downloads: config.desktopDownloads }),
  );
};

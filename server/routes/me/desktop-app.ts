// GET /api/desktop-app: where to download the desktop app, as IT configured it.
import { Type } from "typebox";
import { errorReplies, type RouteModule } from "../route-module.ts";

const DesktopApp = Type.Object({
  downloads: Type.Array(
    Type.Object({
      os: Type.Union([Type.Literal("darwin"), Type.Literal("win32"), Type.Literal("linux")]),
      url: Type.String(),
    }),
  ),
});

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

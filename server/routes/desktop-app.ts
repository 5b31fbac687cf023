// GET /api/desktop-app: where to download the desktop app, as IT configured it.
import { Type } from "typebox";
import type { FastifyTypeboxInstance } from "./fastify-typebox.ts";
import type { AppContext } from "../context.ts";
import type { Guards } from "../plugins/authentication.ts";
import { ErrorResponse } from "../schemas/common.ts";

const DesktopApp = Type.Object({
  downloads: Type.Array(
    Type.Object({
      os: Type.Union([Type.Literal("darwin"), Type.Literal("win32"), Type.Literal("linux")]),
      url: Type.String(),
    }),
  ),
});

export function desktopAppRoutes(
  app: FastifyTypeboxInstance,
  { config }: AppContext,
  guards: Guards,
): void {
  app.get(
    "/api/desktop-app",
    {
      preHandler: guards.requireSession,
      schema: { response: { 200: DesktopApp, "4xx": ErrorResponse } },
    },
    () => ({ downloads: config.desktopDownloads }),
  );
}

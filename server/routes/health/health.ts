// Liveness (/healthz: the process answers) and readiness (/readyz: the database answers).
import { Type } from "typebox";
import { AppError } from "../../errors.ts";
import { ErrorResponse } from "../../schemas/common.ts";
import { pingDatabase } from "../../storage/database.ts";
import type { RouteModule } from "../route-module.ts";

const Status = Type.Object({ status: Type.Literal("ok") });

export const healthRoutes: RouteModule = (app, { db }) => {
  app.get("/healthz", { schema: { response: { 200: Status } } }, () => ({ status: "ok" as const }));

  app.get(
    "/readyz",
    { schema: { response: { 200: Status, 503: ErrorResponse } } },
    async (request) => {
      const ping = await pingDatabase(db);
      if (!ping.ok) {
        request.log.error({ err: ping.error }, "database is not reachable");
        throw new AppError("NOT_READY", "The database is not reachable.");
      }
      return { status: "ok" as const };
    },
  );
};

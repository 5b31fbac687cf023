// Liveness (/healthz: the process answers) and readiness (/readyz: the database answers).
import { AppError } from "../../errors.ts";
import { ErrorResponse, HealthStatus } from "../../schemas/common.ts";
import { pingDatabase } from "../../storage/database.ts";
import type { RouteModule } from "../route-module.ts";

export const healthRoutes: RouteModule = (app, { db }) => {
  app.get("/healthz", { schema: { response: { 200: HealthStatus } } }, () => ({
    status: "ok" as const,
  }));

  app.get(
    "/readyz",
    { schema: { response: { 200: HealthStatus, 503: ErrorResponse } } },
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

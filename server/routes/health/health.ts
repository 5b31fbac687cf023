// Liveness (/healthz: the process answers) and readiness (/readyz: the database answers and the
// instance is not draining — plugins/draining.ts), which load balancers check.
import { AppError } from "../../errors.ts";
import { ErrorResponse, HealthStatus } from "../../schemas/common.ts";
import { pingDatabase } from "../../storage/database.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";

export const healthRoutes: RouteModule = (app, { db }) => {
  app.get("/healthz", { schema: { response: { 200: HealthStatus, ...errorReplies } } }, () => ({
    status: "ok" as const,
  }));

  app.get(
    "/readyz",
    { schema: { response: { 200: HealthStatus, 503: ErrorResponse, ...errorReplies } } },
    async (request) => {
      if (app.readiness.draining) {
        throw new AppError("NOT_READY", "This instance is shutting down.");
      }
      const ping = await pingDatabase(db);
      if (!ping.ok) {
        request.log.error({ err: ping.error }, "database is not reachable");
        throw new AppError("NOT_READY", "The database is not reachable.");
      }
      app.readiness.answeredReady();
      return { status: "ok" as const };
    },
  );
};

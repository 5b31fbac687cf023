// Liveness (/healthz: the process answers) and readiness (/readyz: the database answers and the
// instance is not draining — plugins/draining.ts), which load balancers check.
import { sql } from "kysely";
import { Type } from "typebox";
import type { FastifyTypeboxInstance } from "../app.ts";
import type { ServerContext } from "../context.ts";
import { AppError } from "../errors.ts";
import { ErrorResponse } from "../schemas/common.ts";

const Status = Type.Object({ status: Type.Literal("ok") });

export function healthRoutes(app: FastifyTypeboxInstance, { db }: ServerContext): void {
  app.get("/healthz", { schema: { response: { 200: Status } } }, () => ({ status: "ok" as const }));

  app.get(
    "/readyz",
    { schema: { response: { 200: Status, 503: ErrorResponse } } },
    async (request) => {
      if (app.readiness.draining) {
        throw new AppError("NOT_READY", "This instance is shutting down.");
      }
      try {
        await sql`select 1`.execute(db);
      } catch (error) {
        request.log.error({ err: error }, "database is not reachable");
        throw new AppError("NOT_READY", "The database is not reachable.");
      }
      return { status: "ok" as const };
    },
  );
}

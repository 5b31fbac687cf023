// Liveness (/healthz: the process answers) and readiness (/readyz: the database answers).
import { sql } from "kysely";
import { Type } from "typebox";
import type { FastifyTypeboxInstance } from "./fastify-typebox.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import { ErrorResponse } from "../schemas/common.ts";

const Status = Type.Object({ status: Type.Literal("ok") });

export function healthRoutes(app: FastifyTypeboxInstance, { db }: AppContext): void {
  app.get("/healthz", { schema: { response: { 200: Status } } }, () => ({ status: "ok" as const }));

  app.get(
    "/readyz",
    { schema: { response: { 200: Status, 503: ErrorResponse } } },
    async (request) => {
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

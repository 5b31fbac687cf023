// /api/admin/users/import: the users CSV import (server/admin/user-import/). The dry run answers
// every row's outcome and writes nothing; the import applies that plan — the digest says which —
// all or nothing. Admins in the console only: the file may be up to 1 MB, so the body limit is
// raised for these two routes alone.
import { applyImport } from "../../admin/user-import/import-apply.ts";
import { planImport } from "../../admin/user-import/import-plan.ts";
import { AppError } from "../../errors.ts";
import { UserImportBody, UserImportPlan, UserImportResult } from "../../schemas/admin-import.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOnly } from "./admin-actor.ts";

/** Room for a 1 MB file written as a JSON string (quotes and line breaks are escaped). */
const importBodyLimit = 4 * 1024 * 1024;

export const adminUserImportRoutes: RouteModule = (app, context) => {
  app.post(
    "/api/admin/users/import/dry-run",
    {
      config: adminOnly,
      bodyLimit: importBodyLimit,
      schema: { body: UserImportBody, response: { 200: UserImportPlan, ...errorReplies } },
    },
    async (request) => (await planImport(context.db, request.body.csv)).plan,
  );

  app.post(
    "/api/admin/users/import",
    {
      config: adminOnly,
      bodyLimit: importBodyLimit,
      schema: { body: UserImportBody, response: { 200: UserImportResult, ...errorReplies } },
    },
    async (request) => {
      const { csv, digest } = request.body;
      if (digest === undefined) {
        throw new AppError(
          "VALIDATION_FAILED",
          "Run the dry run first and send its digest.",
          "digest",
        );
      }
      const applied = await applyImport(
        adminActorOf(context, request),
        context,
        context.site.origin,
        csv,
        digest,
      );
      if (!applied.ok) {
        throw applied.reason === "plan_changed"
          ? new AppError(
              "IMPORT_PLAN_CHANGED",
              "The users changed since the dry run: run it again and check the rows.",
            )
          : new AppError(
              "VALIDATION_FAILED",
              "The file has rows with errors: fix them first.",
              "csv",
            );
      }
      return applied.result;
    },
  );
};

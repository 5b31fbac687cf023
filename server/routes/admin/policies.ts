// /api/admin/policies: read them all with who changed each setting last, and change one with the
// same checks as the admin CLI (a sensitive action: verified in the last 5 minutes).
import { changePolicy, settingChanges } from "../../admin/policy-admin.ts";
import { announceOn } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { readAllPolicies } from "../../policies/policy-store.ts";
import {
  AllPolicies,
  AnyPolicy,
  PolicyChangeBody,
  PolicyKindParams,
  PolicySettingChanges,
} from "../../schemas/admin.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOrToken, adminSensitiveOrToken } from "./admin-actor.ts";

export const adminPolicyRoutes: RouteModule = (app, context) => {
  const read = adminOrToken(context, "policies:read");
  const write = adminSensitiveOrToken(context, "policies:write");

  app.get(
    "/api/admin/policies",
    { config: read, schema: { response: { 200: AllPolicies, ...errorReplies } } },
    () => readAllPolicies(context.db),
  );

  app.get(
    "/api/admin/policies/changes",
    { config: read, schema: { response: { 200: PolicySettingChanges, ...errorReplies } } },
    async () => {
      const changes = await settingChanges(context.db);
      const ids = [...new Set(Object.values(changes).map((change) => change.changedBy))].filter(
        (id): id is string => id !== null,
      );
      const admins =
        ids.length === 0
          ? []
          : await context.db
              .selectFrom("users")
              .select(["id", "email"])
              .where("id", "in", ids)
              .execute();
      const emails = new Map(admins.map((admin) => [admin.id, admin.email]));
      return {
        changes: Object.fromEntries(
          Object.entries(changes).map(([key, change]) => [
            key,
            {
              changedAt: new Date(change.changedAt).toISOString(),
              changedBy: change.changedBy,
              changedByEmail:
                change.changedBy === null ? null : (emails.get(change.changedBy) ?? null),
            },
          ]),
        ),
      };
    },
  );

  app.put(
    "/api/admin/policies/:kind",
    {
      config: write,
      schema: {
        params: PolicyKindParams,
        body: PolicyChangeBody,
        response: { 200: AnyPolicy, ...errorReplies },
      },
    },
    async (request) => {
      const result = await changePolicy(
        adminActorOf(context, request),
        request.params.kind,
        request.body,
        announceOn(context),
      );
      if (!result.ok) {
        const field = /^(\S+) /.exec(result.problem)?.[1];
        throw new AppError("VALIDATION_FAILED", result.problem, field);
      }
      return result.value;
    },
  );
};

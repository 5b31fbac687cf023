// /api/admin/policies: read them all, and change one with the same checks as the admin CLI.
import { changePolicy } from "../../admin/policy-admin.ts";
import { announceOn } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { readAllPolicies } from "../../policies/policy-store.ts";
import { AllPolicies, AnyPolicy, PolicyChangeBody, PolicyKindParams } from "../../schemas/admin.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOrToken } from "./admin-actor.ts";

export const adminPolicyRoutes: RouteModule = (app, context) => {
  const read = adminOrToken(context, "policies:read");
  const write = adminOrToken(context, "policies:write");

  app.get(
    "/api/admin/policies",
    { config: read, schema: { response: { 200: AllPolicies, ...errorReplies } } },
    () => readAllPolicies(context.db),
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
        throw new AppError("VALIDATION_FAILED", result.problem);
      }
      return result.value;
    },
  );
};

// /api/admin/request-flows: which apps employees may request and how requests are approved
// (docs/admin.md "Access requests"), and the undecided requests — those nobody can decide first.
import { findApp } from "../../apps/app-store.ts";
import { announceOn } from "../../context.ts";
import { AppError } from "../../errors.ts";
import {
  listRequestFlows,
  removeRequestFlow,
  setRequestFlow,
} from "../../requests/request-flows.ts";
import { listUndecidedRequests } from "../../requests/request-views.ts";
import { AppIdParams } from "../../schemas/apps.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { AdminRequestList, RequestFlowBody, RequestFlowList } from "../../schemas/requests.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOrToken } from "./admin-actor.ts";

export const adminRequestFlowRoutes: RouteModule = (app, context) => {
  const { db, clock } = context;
  const flowList = { response: { 200: RequestFlowList, ...errorReplies } };
  const flows = async () => ({ flows: await listRequestFlows(db) });

  app.get(
    "/api/admin/request-flows",
    { config: adminOrToken(context, "apps:read"), schema: flowList },
    flows,
  );

  app.post(
    "/api/admin/request-flows/:id",
    {
      config: adminOrToken(context, "apps:write"),
      schema: { ...flowList, params: AppIdParams, body: RequestFlowBody },
    },
    async (request) => {
      const outcome = await setRequestFlow(adminActorOf(context, request), request.params.id, {
        ...request.body,
      });
      if (!outcome.ok) {
        throw outcome.reason === "not_found"
          ? new AppError("APP_NOT_FOUND", "No app has that id.")
          : new AppError("VALIDATION_FAILED", `${outcome.field} ${outcome.problem}`, outcome.field);
      }
      return flows();
    },
  );

  app.post(
    "/api/admin/request-flows/:id/remove",
    {
      config: adminOrToken(context, "apps:write"),
      schema: { ...flowList, params: AppIdParams, body: EmptyObject },
    },
    async (request) => {
      const outcome = await removeRequestFlow(
        adminActorOf(context, request),
        request.params.id,
        announceOn(context),
      );
      if (!outcome.ok) {
        const known = (await findApp(db, request.params.id)) !== undefined;
        throw new AppError(
          "APP_NOT_FOUND",
          known ? "This app is not requestable." : "No app has that id.",
        );
      }
      return flows();
    },
  );

  app.get(
    "/api/admin/access-requests",
    {
      config: adminOrToken(context, "apps:read"),
      schema: { response: { 200: AdminRequestList, ...errorReplies } },
    },
    async () => ({ requests: await listUndecidedRequests(db, clock.now()) }),
  );
};

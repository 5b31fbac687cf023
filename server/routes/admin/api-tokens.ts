// /api/admin/api-tokens: list API tokens (with their last use), mint one (its secret shown once)
// and revoke one. For signed-in admins only: a token cannot mint or revoke tokens; minting and
// revoking want a verification in the last 5 minutes.
import {
  issueApiToken,
  listApiTokenViews,
  revokeApiTokenAsAdmin,
} from "../../admin/api-token-admin.ts";
import { AppError } from "../../errors.ts";
import {
  ApiTokenIdParams,
  ApiTokenList,
  CreateApiTokenBody,
  CreatedApiToken,
} from "../../schemas/api-tokens.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOnly, adminSensitive } from "./admin-actor.ts";

export const adminApiTokenRoutes: RouteModule = (app, context) => {
  const config = adminOnly;

  app.get(
    "/api/admin/api-tokens",
    { config, schema: { response: { 200: ApiTokenList, ...errorReplies } } },
    async (request) => ({ tokens: await listApiTokenViews(adminActorOf(context, request)) }),
  );

  app.post(
    "/api/admin/api-tokens",
    {
      config: adminSensitive,
      schema: { body: CreateApiTokenBody, response: { 200: CreatedApiToken, ...errorReplies } },
    },
    (request) => issueApiToken(adminActorOf(context, request), context.random, request.body),
  );

  app.post(
    "/api/admin/api-tokens/:id/revoke",
    {
      config: adminSensitive,
      schema: {
        params: ApiTokenIdParams,
        body: EmptyObject,
        response: { 204: noContent, ...errorReplies },
      },
    },
    async (request, reply) => {
      if (!(await revokeApiTokenAsAdmin(adminActorOf(context, request), request.params.id))) {
        throw new AppError("API_TOKEN_NOT_FOUND", "No active API token has that id.");
      }
      return reply.status(204).send(null);
    },
  );
};

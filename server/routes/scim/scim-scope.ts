// The frame every SCIM route shares (docs/scim.md): under /scim/v2, for an API token with the
// `scim` scope only (never a session cookie), rate-limited per token like every token route,
// bodies as application/scim+json (application/json too), answers and errors in SCIM's own
// format (RFC 7644 §3.1, §3.12) — whatever refused the request: the token, the CSRF check, the
// schema or the operation.
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyRequest } from "fastify";
import type { AppContext } from "../../context.ts";
import { apiTokenRoute } from "../../plugins/api-token-access.ts";
import { describeError, type FrameworkError } from "../../plugins/errors.ts";
import { ScimErrorResponse } from "../../schemas/scim.ts";
import {
  ScimError,
  scimContentType,
  scimErrorBody,
  scimTypeOfCode,
} from "../../scim/scim-error.ts";
import type { ScimCaller } from "../../scim/scim-users.ts";
import type { FastifyTypeboxInstance, RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";

export const scimBasePath = "/scim/v2";

/** The error answers every SCIM route declares. */
export const scimErrorReplies = { "4xx": ScimErrorResponse };

/** Route config of every SCIM route: a token with the scim scope, and nothing else. */
export function scimAccess({ config }: AppContext) {
  return {
    access: { apiTokenOnly: true as const },
    ...apiTokenRoute("scim", config.apiTokenRateLimitPerMinute),
  };
}

/** The token behind the request as the actor of what it changes, and where resources live. */
export function scimCallerOf({ db, clock, site }: AppContext, request: FastifyRequest): ScimCaller {
  const token = request.apiToken;
  if (token === undefined) {
    throw new Error(`${request.routeOptions.url ?? "A SCIM route"} ran without an API token`);
  }
  return {
    db,
    now: clock.now(),
    actorId: `api-token:${token.id}`,
    origin: originOf(request),
    baseUrl: `${site.origin}${scimBasePath}`,
  };
}

/** Registers SCIM route modules in their own scope, with its body parser and error format. */
export function scimScope(modules: RouteModule[]): RouteModule {
  return async (app, context) => {
    await app.register(async (plain) => {
      const scope: FastifyTypeboxInstance = plain.withTypeProvider<TypeBoxTypeProvider>();
      scope.addContentTypeParser(
        "application/scim+json",
        { parseAs: "string" },
        scope.getDefaultJsonParser("error", "ignore"),
      );
      scope.setErrorHandler((error: FrameworkError, request, reply) => {
        const { status, body } =
          error instanceof ScimError
            ? {
                status: error.status,
                body: scimErrorBody(error.status, error.message, error.scimType),
              }
            : scimFormOf(error);
        if (status >= 500) {
          request.log.error({ err: error }, "request failed");
        }
        return reply
          .status(status)
          .header("cache-control", "no-store")
          .type(scimContentType)
          .send(body);
      });
      for (const register of modules) {
        await register(scope, context);
      }
    });
  };
}

function scimFormOf(error: FrameworkError) {
  const { status, body } = describeError(error);
  return { status, body: scimErrorBody(status, body.message, scimTypeOfCode(body.code)) };
}

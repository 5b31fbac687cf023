// The employee's side of access requests (/api/requests*): the apps they may request (with a
// search), asking for one with a reason and an allowed duration, their own requests with the
// approval progress, and taking back one still undecided.
import { announceOn, type AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { sessionOf } from "../../plugins/authentication.ts";
import { listOwnRequests, listRequestableApps, viewRequest } from "../../requests/request-views.ts";
import { cancelRequest, submitRequest, type SubmitOutcome } from "../../requests/submit-request.ts";
import { EmptyObject } from "../../schemas/common.ts";
import {
  AccessRequestList,
  AccessRequestView,
  CreateRequestBody,
  RequestSearchQuery,
  RequestableAppList,
} from "../../schemas/requests.ts";
import { IdParams } from "../../schemas/security.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";

const signedIn = { access: { session: "ready" as const } };

const submitRefusals: Record<Exclude<SubmitOutcome, { ok: true }>["reason"], () => AppError> = {
  not_requestable: () => new AppError("NOT_FOUND", "This app cannot be requested.", "appId"),
  already_has_access: () =>
    new AppError("REQUEST_REFUSED", "You already have this app.", "appId", {
      reason: "already_has_access",
    }),
  already_pending: () =>
    new AppError(
      "REQUEST_REFUSED",
      "You already asked for this app; the request is waiting for a decision.",
      "appId",
      { reason: "already_pending" },
    ),
  duration_not_allowed: () =>
    new AppError(
      "VALIDATION_FAILED",
      "Choose one of the durations this app allows.",
      "durationDays",
    ),
  reason_required: () => new AppError("VALIDATION_FAILED", "Say why you need the app.", "reason"),
};

export const ownRequestRoutes: RouteModule = (app, context: AppContext) => {
  const { db, clock, mailer } = context;

  app.get(
    "/api/requests/apps",
    {
      config: signedIn,
      schema: {
        querystring: RequestSearchQuery,
        response: { 200: RequestableAppList, ...errorReplies },
      },
    },
    async (request) => ({
      apps: await listRequestableApps(db, sessionOf(request).user.id, request.query.q),
    }),
  );

  app.post(
    "/api/requests",
    {
      config: signedIn,
      schema: { body: CreateRequestBody, response: { 200: AccessRequestView, ...errorReplies } },
    },
    async (request) => {
      const outcome = await submitRequest(
        { db, mailer, now: clock.now(), announce: announceOn(context), origin: originOf(request) },
        { requesterId: sessionOf(request).user.id, ...request.body },
      );
      if (!outcome.ok) {
        throw submitRefusals[outcome.reason]();
      }
      return viewRequest(db, outcome.request);
    },
  );

  app.get(
    "/api/requests/mine",
    { config: signedIn, schema: { response: { 200: AccessRequestList, ...errorReplies } } },
    async (request) => ({ requests: await listOwnRequests(db, sessionOf(request).user.id) }),
  );

  app.post(
    "/api/requests/:id/cancel",
    {
      config: signedIn,
      schema: {
        params: IdParams,
        body: EmptyObject,
        response: { 204: noContent, ...errorReplies },
      },
    },
    async (request, reply) => {
      const outcome = await cancelRequest(
        { db, mailer, now: clock.now(), announce: announceOn(context), origin: originOf(request) },
        { requestId: request.params.id, requesterId: sessionOf(request).user.id },
      );
      if (!outcome.ok) {
        throw outcome.reason === "not_found"
          ? new AppError("NOT_FOUND", "You have no such request.")
          : new AppError("REQUEST_REFUSED", "This request is already decided.", undefined, {
              reason: "not_pending",
            });
      }
      return reply.status(204).send(null);
    },
  );
};

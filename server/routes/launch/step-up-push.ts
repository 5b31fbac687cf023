// Per-app MFA answered on the desktop app (issue 17; server/launch/step-up-push.ts), for the page
// the launch shows: POST /api/launch/step-up/push/wait is its script's long poll (JSON, limited
// per pending step-up, not per address); the page's own forms — continue (the app opens once
// approved), send another request, use a code instead — post same-origin like the code form.
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import type { Launch } from "../../launch/launch-access.ts";
import {
  continuePushStepUp,
  resendPushStepUp,
  switchStepUpToCode,
  waitForPushStepUp,
} from "../../launch/step-up-push.ts";
import { pendingSignInRateLimit } from "../../plugins/rate-limit.ts";
import { StepUpPushForm } from "../../schemas/launch.ts";
import { PushWaitAnswer, WaitBody, type PushPrompt } from "../../schemas/push.ts";
import { failures } from "../../sso/launch-messages.ts";
import { stepUpPage } from "../../sso/launch-pages.ts";
import { stepUpPushPage, stepUpPushPaths } from "../../sso/step-up-push-page.ts";
import { stepUpPushFailures } from "../../sso/step-up-push-messages.ts";
import { pushWaitsPerSignInPerMinute } from "../auth/push-sign-in.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";
import { launchReplies } from "./launch-replies.ts";
import { stepUpPageOptions } from "./step-up.ts";

/** The page while the desktop app is asked, for this launch and prompt. */
export async function sendPushStepUpPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  input: { launch: Pick<Launch, "user" | "target">; prompt: PushPrompt },
) {
  const { send, textFor } = launchReplies(context);
  const { appName, continueTo, portalUrl } = stepUpPageOptions(context, input.launch.target);
  return send(
    reply,
    stepUpPushPage(context.random, await textFor(request, input.launch.user.locale), {
      appName,
      prompt: input.prompt,
      continueTo,
      portalUrl,
    }),
  );
}

export const stepUpPushRoutes: RouteModule = (root, context) => {
  const { send, fail, signedIn, textFor } = launchReplies(context);
  const { names } = context.cookies;
  const handoffOf = (request: FastifyRequest) => request.cookies[names.stepUp];

  root.post(
    stepUpPushPaths.wait,
    {
      // Its own limit per pending step-up (plugins/rate-limit.ts): waiting takes no guess.
      config: pendingSignInRateLimit(pushWaitsPerSignInPerMinute),
      schema: { body: WaitBody, response: { 200: PushWaitAnswer, ...errorReplies } },
    },
    async (request) => {
      const prompt = await waitForPushStepUp(context, {
        handoffToken: handoffOf(request),
        waitMilliseconds: (request.body.waitSeconds ?? 0) * 1000,
      });
      if (prompt === undefined) {
        throw new AppError(
          "PUSH_REQUEST_ENDED",
          "Verification for this launch is no longer open. Open the app again from your portal.",
        );
      }
      return { prompt };
    },
  );

  root.register((plain, _options, done) => {
    const app = plain.withTypeProvider<TypeBoxTypeProvider>();
    app.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: 1024 },
      (_request, body, parsed) =>
        parsed(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    // The page's own forms: the CSRF rule still wants our Origin, but not a JSON body.
    const formRoute = {
      config: { csrf: "same-origin" as const },
      schema: { body: StepUpPushForm },
    };
    const closed = (reply: FastifyReply) => {
      reply.clearCookie(names.stepUp, { path: "/" });
      return fail(reply, 410, failures.stepUpClosed);
    };

    app.post(stepUpPushPaths.continue, formRoute, async (request, reply) => {
      const outcome = await continuePushStepUp(context, {
        handoffToken: handoffOf(request),
        origin: originOf(request),
        acceptLanguage: request.headers["accept-language"],
      });
      switch (outcome.kind) {
        case "expired":
          return closed(reply);
        case "prompt":
          return sendPushStepUpPage(context, request, reply, outcome);
        case "reported":
        case "locked":
          reply.clearCookie(names.stepUp, { path: "/" });
          return fail(reply, 403, stepUpPushFailures[outcome.kind], {
            app: outcome.launch.target.display_name,
          });
        case "signed_in":
          reply.clearCookie(names.stepUp, { path: "/" });
          return signedIn(reply, outcome.signIn);
      }
    });

    app.post(stepUpPushPaths.resend, formRoute, async (request, reply) => {
      const outcome = await resendPushStepUp(context, {
        handoffToken: handoffOf(request),
        origin: originOf(request),
      });
      return outcome.kind === "expired"
        ? closed(reply)
        : sendPushStepUpPage(context, request, reply, outcome);
    });

    app.post(stepUpPushPaths.useCode, formRoute, async (request, reply) => {
      const outcome = await switchStepUpToCode(context, { handoffToken: handoffOf(request) });
      if (outcome.kind === "expired") {
        return closed(reply);
      }
      if (outcome.kind === "no_code") {
        const prompt = await waitForPushStepUp(context, {
          handoffToken: handoffOf(request),
          waitMilliseconds: 0,
        });
        return prompt === undefined
          ? closed(reply)
          : sendPushStepUpPage(context, request, reply, { launch: outcome.launch, prompt });
      }
      return send(
        reply,
        stepUpPage(
          context.random,
          await textFor(request, outcome.launch.user.locale),
          stepUpPageOptions(context, outcome.launch.target),
        ),
      );
    });
    done();
  });
};

// POST /launch/step-up: the per-app MFA form of the step-up page (server/launch/step-up.ts). It
// is our own page's form post: its CSRF rule (plugins/csrf.ts) wants our Origin, not JSON.
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppContext } from "../../context.ts";
import { answerStepUp } from "../../launch/step-up.ts";
import { StepUpBody } from "../../schemas/launch.ts";
import { failures, pageMessages } from "../../sso/launch-messages.ts";
import { stepUpPage } from "../../sso/launch-pages.ts";
import type { App } from "../../storage/apps-schema.ts";
import type { RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";
import { launchReplies } from "./launch-replies.ts";

export const stepUpRoutes: RouteModule = (root, context) => {
  const { send, fail, signedIn, textFor } = launchReplies(context);
  const { names } = context.cookies;
  root.register((plain, _options, done) => {
    const app = plain.withTypeProvider<TypeBoxTypeProvider>();
    app.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: 1024 },
      (_request, body, parsed) =>
        parsed(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    // Our own page's form: the CSRF rule still wants our Origin, but not a JSON body.
    const stepUpRoute = { config: { csrf: "same-origin" as const }, schema: { body: StepUpBody } };
    app.post("/launch/step-up", stepUpRoute, async (request, reply) => {
      const answer = await answerStepUp(context, {
        handoffToken: request.cookies[names.stepUp],
        code: request.body.code,
        origin: originOf(request),
        acceptLanguage: request.headers["accept-language"],
      });
      switch (answer.kind) {
        case "expired":
          return fail(reply, 410, failures.stepUpClosed);
        case "denied":
          reply.clearCookie(names.stepUp, { path: "/" });
          return fail(
            reply,
            403,
            answer.locked ? failures.lockedDuringStepUp : failures.tooManyCodes,
            {
              app: answer.target.display_name,
            },
          );
        case "retry":
          return send(
            reply,
            stepUpPage(context.random, await textFor(request, answer.user.locale), {
              ...stepUpPageOptions(context, answer.target),
              error: answer.replayed ? pageMessages.codeReplayed : pageMessages.codeWrong,
            }),
          );
        case "signed_in":
          reply.clearCookie(names.stepUp, { path: "/" });
          return signedIn(reply, answer.signIn);
      }
    });
    done();
  });
};

/** The step-up page for an app: the form posts here and may continue to the app's origin. */
export function stepUpPageOptions(context: AppContext, target: App) {
  const url = target.launch_url ?? target.oidc_initiate_login_uri ?? target.saml_acs_url;
  return {
    appName: target.display_name,
    action: "/launch/step-up",
    // The form's answer may redirect to the app (OIDC initiate-login, bookmark): CSP form-action
    // must allow that origin, or the browser stops the redirect.
    continueTo: url === null ? [] : [new URL(url).origin],
    portalUrl: `${context.site.origin}/applications`,
  };
}

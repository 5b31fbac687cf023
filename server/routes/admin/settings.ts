// /api/admin/settings/mail-test: the console's mail relay test (server/admin/mail-test.ts). For a
// signed-in admin only, a few a minute: each one sends a real mail.
import { sendTestMail } from "../../admin/mail-test.ts";
import { sessionOf } from "../../plugins/authentication.ts";
import { MailTestBody, MailTestResult } from "../../schemas/admin-settings.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOnly } from "./admin-actor.ts";

/** Test mails an admin may send per minute (per address and account). */
export const mailTestsPerMinute = 5;

export const adminSettingsRoutes: RouteModule = (app, context) => {
  app.post(
    "/api/admin/settings/mail-test",
    {
      config: {
        ...adminOnly,
        rateLimit: { max: mailTestsPerMinute, windowMilliseconds: 60_000 },
      },
      schema: { body: MailTestBody, response: { 200: MailTestResult, ...errorReplies } },
    },
    (request) =>
      sendTestMail(
        { ...adminActorOf(context, request), actorId: sessionOf(request).user.id },
        context.mailer,
        request.body.to,
      ),
  );
};

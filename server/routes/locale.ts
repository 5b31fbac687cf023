// The language settings (docs/design.md §10): GET /api/locale tells any page the organization's
// default (it reveals nothing about anyone), PUT /api/me/locale stores the user's own choice,
// which the portal, the desktop app and the mails follow.
import type { FastifyTypeboxInstance } from "../app.ts";
import type { ValidSession } from "../auth/session.ts";
import type { ServerContext } from "../context.ts";
import type { Guards } from "../plugins/authentication.ts";
import { readPolicy } from "../policies/policy-store.ts";
import { ErrorResponse } from "../schemas/common.ts";
import { LocaleChoiceBody, OrganizationLocale } from "../schemas/locale.ts";
import { Me } from "../schemas/me.ts";
import { describeMe } from "./me.ts";

export function localeRoutes(
  app: FastifyTypeboxInstance,
  context: ServerContext,
  guards: Guards,
): void {
  app.get("/api/locale", { schema: { response: { 200: OrganizationLocale } } }, async () => ({
    defaultLocale: (await readPolicy(context.db, "language")).defaultLocale,
  }));

  app.put(
    "/api/me/locale",
    {
      // A user in a forced password change may still pick the language that change is asked in.
      preHandler: guards.requireSessionForPasswordChange,
      schema: { body: LocaleChoiceBody, response: { 200: Me, "4xx": ErrorResponse } },
    },
    async (request) => {
      const auth = request.auth as ValidSession;
      const { locale } = request.body;
      await context.db
        .updateTable("users")
        .set({ locale, updated_at: context.clock.now() })
        .where("id", "=", auth.user.id)
        .execute();
      return describeMe({ ...auth, user: { ...auth.user, locale } });
    },
  );
}

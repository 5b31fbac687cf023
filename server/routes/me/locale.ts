// The language settings (docs/design.md §10): GET /api/locale tells any page the organization's
// default (it reveals nothing about anyone), PUT /api/me/locale stores the user's own choice,
// which the portal, the desktop app and the mails follow.
import { sessionOf } from "../../plugins/authentication.ts";
import { organizationLocale } from "../../policies/language.ts";
import { chooseLanguage } from "../../profile/choose-language.ts";
import { LocaleChoiceBody, OrganizationLocale } from "../../schemas/locale.ts";
import { Me } from "../../schemas/me.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { describeMe } from "./me-view.ts";

export const localeRoutes: RouteModule = (app, context) => {
  app.get(
    "/api/locale",
    { schema: { response: { 200: OrganizationLocale, ...errorReplies } } },
    async () => ({
      defaultLocale: await organizationLocale(context.db),
    }),
  );

  app.put(
    "/api/me/locale",
    {
      // A user in a forced password change may still pick the language that change is asked in.
      config: { access: { session: "password-change" } },
      schema: { body: LocaleChoiceBody, response: { 200: Me, ...errorReplies } },
    },
    async (request) => {
      const auth = sessionOf(request);
      const user = await chooseLanguage(context, auth.user, request.body.locale);
      return describeMe({ ...auth, user });
    },
  );
};

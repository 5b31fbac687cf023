// PATCH /api/me/profile: the user edits their own details (server/profile/update-profile.ts).
import { AppError } from "../../errors.ts";
import { sessionOf } from "../../plugins/authentication.ts";
import { updateProfile } from "../../profile/update-profile.ts";
import { Me } from "../../schemas/me.ts";
import { ProfileChangeBody } from "../../schemas/profile.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";
import { describeMe } from "./me-view.ts";

const problems = {
  empty: "This field cannot be empty.",
  not_a_date: "Enter a real date, like 2024-03-18.",
  username_taken: "Someone already has this username.",
};

export const profileRoutes: RouteModule = (app, context) => {
  app.patch(
    "/api/me/profile",
    {
      config: { access: { session: "ready" } },
      schema: { body: ProfileChangeBody, response: { 200: Me, ...errorReplies } },
    },
    async (request) => {
      const auth = sessionOf(request);
      const result = await updateProfile(context, {
        auth,
        change: request.body,
        origin: originOf(request),
      });
      if (result.ok) {
        return describeMe({ ...auth, user: result.user });
      }
      if (result.reason === "read_only") {
        throw new AppError(
          "PROFILE_READ_ONLY",
          "Your organization manages this detail. Contact your IT administrator to change it.",
          result.field,
        );
      }
      throw new AppError("VALIDATION_FAILED", problems[result.reason], result.field, {
        reason: result.reason,
      });
    },
  );
};

// GET /api/me: the signed-in user's own account, session timing and the settings that shape
// what the portal offers them (profile editing, password expiry).
import { sessionOf } from "../../plugins/authentication.ts";
import { Me } from "../../schemas/me.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { describeMe } from "./me-view.ts";

export const meRoutes: RouteModule = (app) => {
  app.get(
    "/api/me",
    {
      // Served during a forced password change too: the portal reads mustChangePassword here.
      config: { access: { session: "password-change" } },
      schema: { response: { 200: Me, ...errorReplies } },
    },
    (request) => describeMe(sessionOf(request)),
  );
};

// /api/admin SSH key endpoints: a user's keys, and authorized_keys (everyone, one user or one
// group) for servers to consume.
import { AppError } from "../../errors.ts";
import { AuthorizedKeysQuery, IdParams, SshKeyList } from "../../schemas/security.ts";
import { authorizedKeysFor, sshKeysOfUser } from "../../ssh/ssh-key-admin.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { sshKeyView } from "../security/ssh-keys.ts";
import { adminOnly } from "./admin-actor.ts";

export const adminSshKeyRoutes: RouteModule = (app, { db }) => {
  app.get(
    "/api/admin/users/:id/ssh-keys",
    {
      config: adminOnly,
      schema: { params: IdParams, response: { 200: SshKeyList, ...errorReplies } },
    },
    async (request) => {
      const keys = await sshKeysOfUser(db, request.params.id);
      if (keys === undefined) {
        throw new AppError("USER_NOT_FOUND", "No such user.");
      }
      return { keys: keys.map(sshKeyView) };
    },
  );

  app.get(
    "/api/admin/ssh-keys/authorized_keys",
    // No response schema: the body is authorized_keys text, not JSON.
    { config: adminOnly, schema: { querystring: AuthorizedKeysQuery } },
    async (request, reply) => {
      const exported = await authorizedKeysFor(db, request.query);
      if (!exported.ok) {
        throw new AppError("NOT_FOUND", "No such group.");
      }
      return reply
        .code(200)
        .type("text/plain; charset=utf-8")
        .header("content-disposition", 'attachment; filename="authorized_keys"')
        .send(exported.text);
    },
  );
};

// /api/admin SSH key endpoints: a user's keys, and authorized_keys (everyone, one user or one
// group) for servers to consume.
import { AppError } from "../../errors.ts";
import {
  AuthorizedKeysQuery,
  AuthorizedKeysText,
  IdParams,
  SshKeyList,
} from "../../schemas/security.ts";
import { authorizedKeysFor, sshKeysOfUser } from "../../ssh/ssh-key-admin.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { sshKeyView } from "../security/ssh-keys.ts";
import { adminOrToken } from "./admin-actor.ts";

export const adminSshKeyRoutes: RouteModule = (app, context) => {
  const { db } = context;
  app.get(
    "/api/admin/users/:id/ssh-keys",
    {
      config: adminOrToken(context, "users:read"),
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
    {
      config: adminOrToken(context, "users:read"),
      schema: {
        querystring: AuthorizedKeysQuery,
        // The body is authorized_keys text, not JSON.
        response: {
          200: { content: { "text/plain": { schema: AuthorizedKeysText } } },
          ...errorReplies,
        },
      },
    },
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

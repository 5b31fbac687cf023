// /api/admin SSH key endpoints: a user's keys, and authorized_keys (everyone, one user or one
// group) for servers to consume.
import { Type } from "typebox";
import type { FastifyTypeboxInstance } from "./fastify-typebox.ts";
import { findGroup, listGroupMemberIds } from "../apps/app-store.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { Guards } from "../plugins/authentication.ts";
import { ErrorResponse } from "../schemas/common.ts";
import { IdParams, SshKeyList } from "../schemas/security.ts";
import { exportAuthorizedKeys, listSshKeys } from "../ssh/ssh-keys.ts";
import { findUserById } from "../storage/users.ts";

const ExportQuery = Type.Object(
  {
    userId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    groupId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
);

export function adminSshKeyRoutes(
  app: FastifyTypeboxInstance,
  { db }: AppContext,
  guards: Guards,
): void {
  const errors = { "4xx": ErrorResponse };

  app.get(
    "/api/admin/users/:id/ssh-keys",
    {
      preHandler: guards.requireAdmin,
      schema: { params: IdParams, response: { 200: SshKeyList, ...errors } },
    },
    async (request) => {
      if ((await findUserById(db, request.params.id)) === undefined) {
        throw new AppError("USER_NOT_FOUND", "No such user.");
      }
      const keys = await listSshKeys(db, request.params.id);
      return {
        keys: keys.map((key) => ({
          id: key.id,
          name: key.name,
          type: key.type,
          bits: key.bits,
          fingerprint: key.fingerprint,
          comment: key.comment,
          addedAt: new Date(key.created_at).toISOString(),
        })),
      };
    },
  );

  app.get(
    "/api/admin/ssh-keys/authorized_keys",
    {
      preHandler: guards.requireAdmin,
      // No response schema: the body is authorized_keys text, not JSON.
      schema: { querystring: ExportQuery },
    },
    async (request, reply) => {
      const { userId, groupId } = request.query;
      let userIds: string[] | undefined = userId === undefined ? undefined : [userId];
      if (groupId !== undefined) {
        if ((await findGroup(db, groupId)) === undefined) {
          throw new AppError("NOT_FOUND", "No such group.");
        }
        userIds = await listGroupMemberIds(db, groupId);
      }
      const text = await exportAuthorizedKeys(db, userIds);
      return reply
        .code(200)
        .type("text/plain; charset=utf-8")
        .header("content-disposition", 'attachment; filename="authorized_keys"')
        .send(text);
    },
  );
}

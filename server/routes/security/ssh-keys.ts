// The signed-in user's SSH keys (/api/me/ssh-keys): list, add and delete. An SSH key opens
// servers, so adding or removing one needs a verification in the last 5 minutes.
import { AppError } from "../../errors.ts";
import { sessionOf } from "../../plugins/authentication.ts";
import { EmptyObject } from "../../schemas/common.ts";
import { AddSshKeyBody, IdParams, SshKeyList, SshKeyView } from "../../schemas/security.ts";
import { addOwnSshKey, removeOwnSshKey } from "../../ssh/own-ssh-keys.ts";
import { describeKeyRejection, keyRejectionDetails } from "../../ssh/ssh-key-messages.ts";
import { listSshKeys } from "../../ssh/ssh-keys.ts";
import type { SshKey } from "../../storage/schema.ts";
import { errorReplies, noContent, type RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";

export const sshKeyRoutes: RouteModule = (app, context) => {
  const recentlyVerified = { access: { recentVerification: true as const } };

  app.get(
    "/api/me/ssh-keys",
    {
      config: { access: { session: "ready" } },
      schema: { response: { 200: SshKeyList, ...errorReplies } },
    },
    async (request) => ({
      keys: (await listSshKeys(context.db, sessionOf(request).user.id)).map(sshKeyView),
    }),
  );

  app.post(
    "/api/me/ssh-keys",
    {
      config: recentlyVerified,
      schema: { body: AddSshKeyBody, response: { 200: SshKeyView, ...errorReplies } },
    },
    async (request) => {
      const result = await addOwnSshKey(context, {
        user: sessionOf(request).user,
        ...request.body,
        origin: originOf(request),
      });
      if (result.ok) {
        return sshKeyView(result.key);
      }
      throw result.reason === "duplicate"
        ? new AppError("SSH_KEY_DUPLICATE", "This key is already on your account.", "publicKey")
        : new AppError("SSH_KEY_INVALID", describeKeyRejection(result), "publicKey", {
            reason: result.reason,
            details: keyRejectionDetails(result),
          });
    },
  );

  app.delete(
    "/api/me/ssh-keys/:id",
    {
      config: recentlyVerified,
      schema: {
        params: IdParams,
        body: EmptyObject,
        response: { 204: noContent, ...errorReplies },
      },
    },
    async (request, reply) => {
      const removed = await removeOwnSshKey(context, {
        user: sessionOf(request).user,
        keyId: request.params.id,
        origin: originOf(request),
      });
      if (removed === undefined) {
        throw new AppError("NOT_FOUND", "That key is not on your account.");
      }
      return reply.status(204).send(null);
    },
  );
};

/** An SSH key as the portal and the admin API show it. */
export function sshKeyView(key: SshKey) {
  return {
    id: key.id,
    name: key.name,
    type: key.type,
    bits: key.bits,
    fingerprint: key.fingerprint,
    comment: key.comment,
    addedAt: new Date(key.created_at).toISOString(),
  };
}

// /api/admin/apps*, /api/admin/groups*: the catalog, assignments and groups, for admins with a
// recent verification (the same guard as the rest of /api/admin). The admin CLI shares the
// operations (server/admin/app-admin.ts, group-admin.ts).
import type { FastifyRequest } from "fastify";
import type { FastifyTypeboxInstance } from "./fastify-typebox.ts";
import {
  changeApp,
  changeAssignment,
  createApp,
  removeApp,
  rotateClientSecret,
  type CatalogResult,
} from "../admin/app-admin.ts";
import { changeMembership, createGroup, removeGroup } from "../admin/group-admin.ts";
import type { AdminActor } from "../admin/user-admin.ts";
import {
  findApp,
  listApps,
  listAssignments,
  listGroupMemberIds,
  listGroups,
} from "../apps/app-store.ts";
import type { ValidSession } from "../auth/session.ts";
import type { AppContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { Guards } from "../plugins/authentication.ts";
import {
  AdminApp,
  AdminAppList,
  AdminGroupList,
  AppIdParams,
  AssignmentBody,
  ChangeAppBody,
  ClientSecretResponse,
  CreateAppBody,
  CreatedApp,
  CreateGroupBody,
  Done,
  MembershipBody,
  type AdminAppResponse,
} from "../schemas/apps.ts";
import { ErrorResponse } from "../schemas/common.ts";
import type { App } from "../storage/apps-schema.ts";
import { originOf } from "./request-origin.ts";

/** Icons are up to 64 KiB, so bodies that carry one may be larger than the default limit. */
const appBodyLimit = 128 * 1024;

export function adminAppRoutes(
  app: FastifyTypeboxInstance,
  context: AppContext,
  guards: Guards,
): void {
  const errors = { "4xx": ErrorResponse };
  const userOf = (request: FastifyRequest) => (request.auth as ValidSession).user;
  const actorOf = (request: FastifyRequest): AdminActor => ({
    db: context.db,
    now: context.clock.now(),
    actorId: userOf(request).id,
    origin: originOf(request),
  });
  const unwrap = <T>(
    result: CatalogResult<T>,
    notFound: "APP_NOT_FOUND" | "GROUP_NOT_FOUND",
  ): T => {
    if (result.ok) {
      return result.value;
    }
    if (result.reason === "not_found") {
      throw new AppError(
        notFound,
        notFound === "APP_NOT_FOUND" ? "No such app." : "No such group or user.",
      );
    }
    throw new AppError("VALIDATION_FAILED", `${result.field} ${result.problem}.`, result.field);
  };
  const toAdminApp = async (row: App): Promise<AdminAppResponse> => ({
    id: row.id,
    kind: row.kind,
    displayName: row.display_name,
    notes: row.notes,
    requireMfa: row.require_mfa === 1,
    hasIcon: row.icon_data !== null,
    ...(row.launch_url === null ? {} : { bookmark: { url: row.launch_url } }),
    ...(row.kind === "saml"
      ? {
          saml: {
            entityId: row.saml_entity_id ?? "",
            acsUrl: row.saml_acs_url ?? "",
            nameIdFormat: row.saml_name_id_format ?? "emailAddress",
            attributes: JSON.parse(row.saml_attributes ?? "{}") as Record<string, string>,
          },
        }
      : {}),
    ...(row.kind === "oidc"
      ? {
          oidc: {
            clientId: row.oidc_client_id ?? "",
            confidential: row.oidc_client_secret_hash !== null,
            redirectUris: JSON.parse(row.oidc_redirect_uris ?? "[]") as string[],
            initiateLoginUri: row.oidc_initiate_login_uri,
            scopes: row.oidc_scopes ?? "openid",
          },
        }
      : {}),
    assignments: (await listAssignments(context.db, row.id)).map((assignment) => ({
      principalType: assignment.principal_type,
      principalId: assignment.principal_id,
    })),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  });

  app.get(
    "/api/admin/apps",
    { preHandler: guards.requireAdmin, schema: { response: { 200: AdminAppList, ...errors } } },
    async () => ({ apps: await Promise.all((await listApps(context.db)).map(toAdminApp)) }),
  );

  app.post(
    "/api/admin/apps",
    {
      preHandler: guards.requireAdmin,
      bodyLimit: appBodyLimit,
      schema: { body: CreateAppBody, response: { 200: CreatedApp, ...errors } },
    },
    async (request) => {
      const { kind, ...definition } = request.body;
      const created = unwrap(await createApp(actorOf(request), kind, definition), "APP_NOT_FOUND");
      return {
        app: await toAdminApp(created.app),
        ...(created.clientSecret === undefined ? {} : { clientSecret: created.clientSecret }),
      };
    },
  );

  app.get(
    "/api/admin/apps/:id",
    {
      preHandler: guards.requireAdmin,
      schema: { params: AppIdParams, response: { 200: AdminApp, ...errors } },
    },
    async (request) => {
      const row = await findApp(context.db, request.params.id);
      if (row === undefined) {
        throw new AppError("APP_NOT_FOUND", "No such app.");
      }
      return toAdminApp(row);
    },
  );

  app.patch(
    "/api/admin/apps/:id",
    {
      preHandler: guards.requireAdmin,
      bodyLimit: appBodyLimit,
      schema: { params: AppIdParams, body: ChangeAppBody, response: { 200: AdminApp, ...errors } },
    },
    async (request) =>
      toAdminApp(
        unwrap(await changeApp(actorOf(request), request.params.id, request.body), "APP_NOT_FOUND"),
      ),
  );

  app.delete(
    "/api/admin/apps/:id",
    {
      preHandler: guards.requireAdmin,
      schema: { params: AppIdParams, response: { 200: Done, ...errors } },
    },
    async (request) => {
      unwrap(await removeApp(actorOf(request), request.params.id), "APP_NOT_FOUND");
      return { ok: true as const };
    },
  );

  app.post(
    "/api/admin/apps/:id/client-secret",
    {
      preHandler: guards.requireAdmin,
      schema: { params: AppIdParams, response: { 200: ClientSecretResponse, ...errors } },
    },
    async (request) => ({
      clientSecret: unwrap(
        await rotateClientSecret(actorOf(request), request.params.id),
        "APP_NOT_FOUND",
      ),
    }),
  );

  app.post(
    "/api/admin/apps/:id/assignments",
    {
      preHandler: guards.requireAdmin,
      schema: { params: AppIdParams, body: AssignmentBody, response: { 200: AdminApp, ...errors } },
    },
    async (request) => {
      const { principalType, principalId, assigned } = request.body;
      unwrap(
        await changeAssignment(
          actorOf(request),
          { appId: request.params.id, principalType, principalId },
          assigned,
        ),
        "APP_NOT_FOUND",
      );
      return toAdminApp((await findApp(context.db, request.params.id)) as App);
    },
  );

  const groupList = async () => ({
    groups: await Promise.all(
      (await listGroups(context.db)).map(async (group) => ({
        id: group.id,
        name: group.name,
        memberIds: await listGroupMemberIds(context.db, group.id),
      })),
    ),
  });

  app.get(
    "/api/admin/groups",
    { preHandler: guards.requireAdmin, schema: { response: { 200: AdminGroupList, ...errors } } },
    groupList,
  );

  app.post(
    "/api/admin/groups",
    {
      preHandler: guards.requireAdmin,
      schema: { body: CreateGroupBody, response: { 200: AdminGroupList, ...errors } },
    },
    async (request) => {
      unwrap(await createGroup(actorOf(request), request.body.name), "GROUP_NOT_FOUND");
      return groupList();
    },
  );

  app.delete(
    "/api/admin/groups/:id",
    {
      preHandler: guards.requireAdmin,
      schema: { params: AppIdParams, response: { 200: AdminGroupList, ...errors } },
    },
    async (request) => {
      unwrap(await removeGroup(actorOf(request), request.params.id), "GROUP_NOT_FOUND");
      return groupList();
    },
  );

  app.post(
    "/api/admin/groups/:id/members",
    {
      preHandler: guards.requireAdmin,
      schema: {
        params: AppIdParams,
        body: MembershipBody,
        response: { 200: AdminGroupList, ...errors },
      },
    },
    async (request) => {
      unwrap(
        await changeMembership(
          actorOf(request),
          request.params.id,
          request.body.userId,
          request.body.member,
        ),
        "GROUP_NOT_FOUND",
      );
      return groupList();
    },
  );
}

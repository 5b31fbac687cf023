// App catalog administration shared by the admin CLI and /api/admin/apps*: validated creation and
// changes, and assignment to users and groups (groups themselves: group-admin.ts). Each runs in
// one transaction with its audit line, which records a change's values before and after
// (app-audit.ts); expected failures are values with the field and the problem, for an HTTP 400.
import { randomUUID } from "node:crypto";
import { auditChange, changeDetails } from "../audit/audit-change.ts";
import { recordAuditEvent, type AuditDetails, type AuditEventName } from "../audit/audit-log.ts";
import { hashSecret } from "../auth/token.ts";
import {
  assignApp,
  deleteApp,
  findApp,
  findGroup,
  insertApp,
  unassignApp,
  updateApp,
} from "../apps/app-store.ts";
import {
  blankToNull,
  checkCommon,
  iconColumns,
  invalid,
  kindColumns,
  type AppDefinition,
  type Invalid,
} from "../apps/app-definition.ts";
import type { App, AppKind, NewApp, PrincipalType } from "../storage/apps-schema.ts";
import { findUserById } from "../storage/users.ts";
import { inTransaction, type AdminActor } from "./admin-actor.ts";
import { appAuditValues } from "./app-audit.ts";

export type { AppDefinition } from "../apps/app-definition.ts";
export { invalid } from "../apps/app-definition.ts";

export type NotFound = { ok: false; reason: "not_found" };
export type CatalogResult<T> = { ok: true; value: T } | Invalid | NotFound;

/** Client secrets: 256 bits from the CSPRNG; only SHA-256 of it is stored. */
function generateClientSecret(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
}

export function createApp(
  actor: AdminActor,
  kind: AppKind,
  definition: AppDefinition,
): Promise<CatalogResult<{ app: App; clientSecret?: string }>> {
  return inTransaction(actor, (actor) => createAppWithin(actor, kind, definition));
}

async function createAppWithin(
  actor: AdminActor,
  kind: AppKind,
  definition: AppDefinition,
): Promise<CatalogResult<{ app: App; clientSecret?: string }>> {
  const common = checkCommon(definition);
  if (common !== undefined) {
    return common;
  }
  const columns = kindColumns(kind, definition);
  if ("ok" in columns) {
    return columns;
  }
  const icon = iconColumns(definition.icon);
  if ("ok" in icon) {
    return icon;
  }
  const organization = await actor.db.selectFrom("organizations").select("id").executeTakeFirst();
  if (organization === undefined) {
    return invalid("organization", "does not exist yet: create a user first");
  }
  const clientSecret =
    kind === "oidc" && definition.oidc?.confidential === true ? generateClientSecret() : undefined;
  const id = randomUUID();
  await insertApp(actor.db, {
    id,
    organization_id: organization.id,
    kind,
    display_name: definition.displayName.trim(),
    notes: blankToNull(definition.notes),
    require_mfa: definition.requireMfa === true ? 1 : 0,
    ...icon,
    ...columns,
    oidc_client_id: kind === "oidc" ? `gh-${randomUUID()}` : null,
    oidc_client_secret_hash: clientSecret === undefined ? null : hashSecret(clientSecret),
    created_at: actor.now,
    updated_at: actor.now,
  });
  const app = (await findApp(actor.db, id)) as App;
  await audit(actor, "app.created", id, {
    kind,
    ...appAuditValues(app),
    ...(clientSecret === undefined ? {} : { clientSecret: "generated" }),
  });
  return { ok: true, value: { app, ...(clientSecret === undefined ? {} : { clientSecret }) } };
}

export type AppChanges = Partial<AppDefinition>;

/**
 * Changes what is given; a kind block given replaces that kind's settings as a whole. Read,
 * change and audit line in one transaction, so the "before" is what the change replaced.
 */
export function changeApp(
  actor: AdminActor,
  id: string,
  changes: AppChanges,
): Promise<CatalogResult<App>> {
  return inTransaction(actor, (actor) => changeAppWithin(actor, id, changes));
}

async function changeAppWithin(
  actor: AdminActor,
  id: string,
  changes: AppChanges,
): Promise<CatalogResult<App>> {
  const app = await findApp(actor.db, id);
  if (app === undefined) {
    return { ok: false, reason: "not_found" };
  }
  const common = checkCommon({
    displayName: changes.displayName ?? app.display_name,
    notes: changes.notes,
  });
  if (common !== undefined) {
    return common;
  }
  const update: Partial<NewApp> = { updated_at: actor.now };
  if (changes.displayName !== undefined) {
    update.display_name = changes.displayName.trim();
  }
  if (changes.notes !== undefined) {
    update.notes = blankToNull(changes.notes);
  }
  if (changes.requireMfa !== undefined) {
    update.require_mfa = changes.requireMfa ? 1 : 0;
  }
  if (changes.icon !== undefined) {
    const icon = iconColumns(changes.icon);
    if ("ok" in icon) {
      return icon;
    }
    Object.assign(update, icon);
  }
  if (changes.bookmark !== undefined || changes.saml !== undefined || changes.oidc !== undefined) {
    const columns = kindColumns(app.kind, {
      displayName: app.display_name,
      ...(changes.bookmark === undefined ? {} : { bookmark: changes.bookmark }),
      ...(changes.saml === undefined ? {} : { saml: changes.saml }),
      // Whether a client is confidential is decided by its secret, not by the change.
      ...(changes.oidc === undefined
        ? {}
        : {
            oidc: {
              ...changes.oidc,
              confidential: app.oidc_client_secret_hash !== null,
              // A client keeps its ID token algorithm unless the change names another one.
              idTokenSigningAlg:
                changes.oidc.idTokenSigningAlg ?? app.oidc_id_token_signing_alg ?? "RS256",
            },
          }),
    });
    if ("ok" in columns) {
      return columns;
    }
    Object.assign(update, columns);
  }
  await updateApp(actor.db, id, update);
  const changed = (await findApp(actor.db, id)) as App;
  const change = auditChange(appAuditValues(app), appAuditValues(changed));
  if (change.changed.length > 0) {
    await audit(actor, "app.updated", id, changeDetails(change, { name: changed.display_name }));
  }
  return { ok: true, value: changed };
}

export function removeApp(actor: AdminActor, id: string): Promise<CatalogResult<null>> {
  return inTransaction(actor, async (actor) => {
    const app = await findApp(actor.db, id);
    if (app === undefined || !(await deleteApp(actor.db, id))) {
      return { ok: false, reason: "not_found" };
    }
    await audit(actor, "app.deleted", id, { kind: app.kind, ...appAuditValues(app) });
    return { ok: true, value: null };
  });
}

/** A new secret for a confidential OIDC client; the old one stops working at once. */
export function rotateClientSecret(actor: AdminActor, id: string): Promise<CatalogResult<string>> {
  return inTransaction(actor, (actor) => rotateClientSecretWithin(actor, id));
}

async function rotateClientSecretWithin(
  actor: AdminActor,
  id: string,
): Promise<CatalogResult<string>> {
  const app = await findApp(actor.db, id);
  if (app === undefined) {
    return { ok: false, reason: "not_found" };
  }
  if (app.kind !== "oidc") {
    return invalid("kind", "only OIDC apps have a client secret");
  }
  const secret = generateClientSecret();
  await updateApp(actor.db, id, {
    oidc_client_secret_hash: hashSecret(secret),
    updated_at: actor.now,
  });
  // The secret itself is never recorded, not even hashed: only that it was replaced.
  await audit(actor, "app.client_secret_rotated", id, {
    name: app.display_name,
    changed: ["clientSecret"],
    before: { clientSecret: app.oidc_client_secret_hash === null ? "none" : "set" },
    after: { clientSecret: "rotated" },
  });
  return { ok: true, value: secret };
}

export function changeAssignment(
  actor: AdminActor,
  assignment: { appId: string; principalType: PrincipalType; principalId: string },
  assigned: boolean,
): Promise<CatalogResult<null>> {
  return inTransaction(actor, async (actor) => {
    const principal =
      assignment.principalType === "user"
        ? (await findUserById(actor.db, assignment.principalId))?.email
        : (await findGroup(actor.db, assignment.principalId))?.name;
    const app = await findApp(actor.db, assignment.appId);
    if (app === undefined || principal === undefined) {
      return { ok: false, reason: "not_found" };
    }
    if (assigned) {
      await assignApp(actor.db, { ...assignment, now: actor.now });
    } else {
      await unassignApp(actor.db, assignment);
    }
    // An addition or removal names what was added or removed, in words and by id.
    await audit(actor, assigned ? "app.assigned" : "app.unassigned", assignment.appId, {
      name: app.display_name,
      principalType: assignment.principalType,
      principalId: assignment.principalId,
      [assignment.principalType === "user" ? "user" : "group"]: principal,
    });
    return { ok: true, value: null };
  });
}

/** Audits a catalog change (apps, assignments, groups). */
export async function audit(
  actor: AdminActor,
  event: AuditEventName,
  targetId: string,
  details?: AuditDetails,
): Promise<void> {
  await recordAuditEvent(actor.db, {
    event,
    at: actor.now,
    actorId: actor.actorId,
    targetId,
    ...(actor.origin === undefined ? {} : { origin: actor.origin }),
    ...(details === undefined ? {} : { details }),
  });
}

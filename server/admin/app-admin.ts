// App catalog administration shared by the admin CLI and /api/admin/apps*: validated creation and
// changes, assignment to users and groups, groups and their members. Every change is audited;
// expected failures are values with the field and the problem, for the CLI or an HTTP 400.
import { randomUUID } from "node:crypto";
import { recordAuditEvent, type AuditEventName } from "../audit/audit-log.ts";
import { hashSecret } from "../auth/token.ts";
import {
  addGroupMember,
  assignApp,
  deleteApp,
  deleteGroup,
  findApp,
  findGroup,
  findGroupByName,
  insertApp,
  insertGroup,
  removeGroupMember,
  unassignApp,
  updateApp,
} from "../apps/app-store.ts";
import {
  checkAppUrl,
  checkIcon,
  checkScopes,
  nameIdFormats,
  userAttributeFields,
  type NameIdFormat,
  type UserAttributeField,
} from "../apps/app-validation.ts";
import type { App, AppKind, Group, NewApp, PrincipalType } from "../storage/apps-schema.ts";
import { findUserById } from "../storage/users.ts";
import type { AdminActor } from "./user-admin.ts";

export type AppDefinition = {
  displayName: string;
  notes?: string | null;
  requireMfa?: boolean;
  icon?: { type: string; base64: string } | null;
  bookmark?: { url: string };
  saml?: {
    entityId: string;
    acsUrl: string;
    nameIdFormat?: NameIdFormat;
    attributes?: Record<string, UserAttributeField>;
  };
  oidc?: {
    redirectUris: string[];
    initiateLoginUri: string;
    /** A confidential client gets a secret (shown once); a public one relies on PKCE alone. */
    confidential?: boolean;
    scopes?: string;
  };
};

export type Invalid = { ok: false; reason: "invalid"; field: string; problem: string };
export type NotFound = { ok: false; reason: "not_found" };
export type CatalogResult<T> = { ok: true; value: T } | Invalid | NotFound;

const invalid = (field: string, problem: string): Invalid => ({
  ok: false,
  reason: "invalid",
  field,
  problem,
});

/** Client secrets: 256 bits from the CSPRNG; only SHA-256 of it is stored. */
function generateClientSecret(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
}

type KindColumns = Pick<
  NewApp,
  | "launch_url"
  | "saml_entity_id"
  | "saml_acs_url"
  | "saml_name_id_format"
  | "saml_attributes"
  | "oidc_redirect_uris"
  | "oidc_initiate_login_uri"
  | "oidc_scopes"
>;

function kindColumns(kind: AppKind, definition: AppDefinition): KindColumns | Invalid {
  const empty: KindColumns = {
    launch_url: null,
    saml_entity_id: null,
    saml_acs_url: null,
    saml_name_id_format: null,
    saml_attributes: null,
    oidc_redirect_uris: null,
    oidc_initiate_login_uri: null,
    oidc_scopes: null,
  };
  const others = (["bookmark", "saml", "oidc"] as const).filter((other) => other !== kind);
  const stray = others.find((other) => definition[other] !== undefined);
  if (stray !== undefined) {
    return invalid(stray, `does not belong to a ${kind} app`);
  }
  if (kind === "bookmark") {
    const url =
      definition.bookmark === undefined ? undefined : checkAppUrl(definition.bookmark.url);
    if (url === undefined || !url.ok) {
      return invalid("bookmark.url", url?.problem ?? "is required");
    }
    return { ...empty, launch_url: url.url };
  }
  if (kind === "saml") {
    const saml = definition.saml;
    if (saml === undefined) {
      return invalid("saml", "is required");
    }
    if (!/^\S{1,1024}$/.test(saml.entityId)) {
      return invalid("saml.entityId", "must be 1 to 1024 characters without spaces");
    }
    const acs = checkAppUrl(saml.acsUrl);
    if (!acs.ok) {
      return invalid("saml.acsUrl", acs.problem);
    }
    const attributes = saml.attributes ?? {};
    for (const [name, field] of Object.entries(attributes)) {
      if (!/^\S{1,256}$/.test(name) || !userAttributeFields.includes(field)) {
        return invalid("saml.attributes", `maps ${name} to an unknown field`);
      }
    }
    const format = saml.nameIdFormat ?? "emailAddress";
    if (!(format in nameIdFormats)) {
      return invalid("saml.nameIdFormat", "is not a supported NameID format");
    }
    return {
      ...empty,
      saml_entity_id: saml.entityId,
      saml_acs_url: acs.url,
      saml_name_id_format: format,
      saml_attributes: JSON.stringify(attributes),
    };
  }
  const oidc = definition.oidc;
  if (oidc === undefined) {
    return invalid("oidc", "is required");
  }
  if (oidc.redirectUris.length === 0 || oidc.redirectUris.length > 10) {
    return invalid("oidc.redirectUris", "must list 1 to 10 redirect URIs");
  }
  for (const [index, uri] of oidc.redirectUris.entries()) {
    const check = checkAppUrl(uri);
    if (!check.ok) {
      return invalid(`oidc.redirectUris.${index}`, check.problem);
    }
  }
  // The portal launches an OIDC app through its initiate_login_uri (OIDC Core §4), which MUST
  // use https (http://localhost for development).
  const initiate = checkAppUrl(oidc.initiateLoginUri);
  if (!initiate.ok) {
    return invalid("oidc.initiateLoginUri", initiate.problem);
  }
  const scopes = oidc.scopes ?? "openid profile email";
  const scopeCheck = checkScopes(scopes);
  if (!scopeCheck.ok) {
    return invalid("oidc.scopes", scopeCheck.problem);
  }
  return {
    ...empty,
    oidc_redirect_uris: JSON.stringify([...new Set(oidc.redirectUris)]),
    oidc_initiate_login_uri: initiate.url,
    oidc_scopes: scopes,
  };
}

function iconColumns(
  icon: AppDefinition["icon"],
): Pick<NewApp, "icon_type" | "icon_data"> | Invalid {
  if (icon === undefined || icon === null) {
    return { icon_type: null, icon_data: null };
  }
  const check = checkIcon(icon.type, icon.base64);
  return check.ok
    ? { icon_type: check.type, icon_data: check.base64 }
    : invalid("icon", check.problem);
}

function checkCommon(
  definition: Pick<AppDefinition, "displayName" | "notes">,
): Invalid | undefined {
  if (definition.displayName.trim() === "" || definition.displayName.length > 100) {
    return invalid("displayName", "must be 1 to 100 characters long");
  }
  if (
    definition.notes !== undefined &&
    definition.notes !== null &&
    definition.notes.length > 4000
  ) {
    return invalid("notes", "must be at most 4000 characters long");
  }
  return undefined;
}

export async function createApp(
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
  await audit(actor, "app.created", id, { kind, displayName: definition.displayName.trim() });
  const app = (await findApp(actor.db, id)) as App;
  return { ok: true, value: { app, ...(clientSecret === undefined ? {} : { clientSecret }) } };
}

export type AppChanges = Partial<AppDefinition>;

/** Changes what is given; a kind block given replaces that kind's settings as a whole. */
export async function changeApp(
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
      ...(changes.oidc === undefined ? {} : { oidc: changes.oidc }),
    });
    if ("ok" in columns) {
      return columns;
    }
    Object.assign(update, columns);
  }
  await updateApp(actor.db, id, update);
  await audit(actor, "app.updated", id, { changed: Object.keys(changes).join(",") });
  return { ok: true, value: (await findApp(actor.db, id)) as App };
}

export async function removeApp(actor: AdminActor, id: string): Promise<CatalogResult<null>> {
  if (!(await deleteApp(actor.db, id))) {
    return { ok: false, reason: "not_found" };
  }
  await audit(actor, "app.deleted", id);
  return { ok: true, value: null };
}

/** A new secret for a confidential OIDC client; the old one stops working at once. */
export async function rotateClientSecret(
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
  await audit(actor, "app.updated", id, { changed: "clientSecret" });
  return { ok: true, value: secret };
}

export async function changeAssignment(
  actor: AdminActor,
  assignment: { appId: string; principalType: PrincipalType; principalId: string },
  assigned: boolean,
): Promise<CatalogResult<null>> {
  const principalExists =
    assignment.principalType === "user"
      ? (await findUserById(actor.db, assignment.principalId)) !== undefined
      : (await findGroup(actor.db, assignment.principalId)) !== undefined;
  if ((await findApp(actor.db, assignment.appId)) === undefined || !principalExists) {
    return { ok: false, reason: "not_found" };
  }
  if (assigned) {
    await assignApp(actor.db, { ...assignment, now: actor.now });
  } else {
    await unassignApp(actor.db, assignment);
  }
  await audit(actor, assigned ? "app.assigned" : "app.unassigned", assignment.appId, {
    principalType: assignment.principalType,
    principalId: assignment.principalId,
  });
  return { ok: true, value: null };
}

export async function createGroup(actor: AdminActor, name: string): Promise<CatalogResult<Group>> {
  const trimmed = name.trim();
  if (trimmed === "" || trimmed.length > 100) {
    return invalid("name", "must be 1 to 100 characters long");
  }
  if ((await findGroupByName(actor.db, trimmed)) !== undefined) {
    return invalid("name", "is already taken by another group");
  }
  const organization = await actor.db.selectFrom("organizations").select("id").executeTakeFirst();
  if (organization === undefined) {
    return invalid("organization", "does not exist yet: create a user first");
  }
  const group: Group = {
    id: randomUUID(),
    organization_id: organization.id,
    name: trimmed,
    created_at: actor.now,
  };
  await insertGroup(actor.db, group);
  await audit(actor, "group.created", group.id, { name: trimmed });
  return { ok: true, value: group };
}

export async function removeGroup(actor: AdminActor, id: string): Promise<CatalogResult<null>> {
  if (!(await deleteGroup(actor.db, id))) {
    return { ok: false, reason: "not_found" };
  }
  await audit(actor, "group.deleted", id);
  return { ok: true, value: null };
}

export async function changeMembership(
  actor: AdminActor,
  groupId: string,
  userId: string,
  member: boolean,
): Promise<CatalogResult<null>> {
  if (
    (await findGroup(actor.db, groupId)) === undefined ||
    (await findUserById(actor.db, userId)) === undefined
  ) {
    return { ok: false, reason: "not_found" };
  }
  if (member) {
    await addGroupMember(actor.db, groupId, userId);
  } else {
    await removeGroupMember(actor.db, groupId, userId);
  }
  await audit(actor, member ? "group.member_added" : "group.member_removed", groupId, { userId });
  return { ok: true, value: null };
}

function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === "" ? null : value.trim();
}

async function audit(
  actor: AdminActor,
  event: AuditEventName,
  targetId: string,
  details?: Record<string, string>,
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

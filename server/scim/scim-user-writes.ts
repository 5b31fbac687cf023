// Provisioning Users over SCIM (RFC 7644 §3.3, §3.5, §3.6): create, replace (PUT), PATCH and
// delete, each audited with the API token as the actor. `active: false` disables the account and
// ends every session it has, as an admin's disable does (admin/user-admin.ts). A write only lands
// on the version it was computed from, so a concurrent change is never overwritten: with If-Match
// the client hears 412, without it the write is retried on the fresh version.
import { recordAuditEvent } from "../audit/audit-log.ts";
import { createAccount, setAccountStatus } from "../admin/user-admin.ts";
import type { Db } from "../storage/database.ts";
import { isUniqueViolation } from "../storage/database-errors.ts";
import type { User } from "../storage/schema.ts";
import { normalizeEmail } from "../storage/users.ts";
import { ScimError } from "./scim-error.ts";
import { applyPatch, type PatchOperation } from "./scim-patch.ts";
import { fieldsOfScimUser, type ScimUserFields } from "./scim-user-input.ts";
import { userSchemaParts } from "./scim-user-schema.ts";
import type { ScimResource } from "./scim-user-resource.ts";
import { checkVersion } from "./scim-version.ts";
import { findScimUser, type ScimCaller } from "./scim-users.ts";
import { inTransaction, writeSearchTerms } from "../storage/user-search-terms.ts";

const attempts = 3;

async function checkUnique(db: Db, fields: ScimUserFields, exceptId?: string): Promise<void> {
  const clash = await db
    .selectFrom("users")
    .select(["id", "email"])
    .where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["username"]), "=", fields.username.toLowerCase()),
        eb("email", "=", normalizeEmail(fields.email)),
      ]),
    )
    .where("id", "!=", exceptId ?? "")
    .executeTakeFirst();
  if (clash !== undefined) {
    const what = clash.email === normalizeEmail(fields.email) ? "email" : "userName";
    throw new ScimError(409, `Another user already has this ${what}.`, "uniqueness");
  }
}

export async function createScimUser(caller: ScimCaller, input: unknown): Promise<ScimResource> {
  const fields = fieldsOfScimUser(input);
  await checkUnique(caller.db, fields);
  const id = await uniquely(() =>
    caller.db.transaction().execute(async (db) => {
      const actor = { db, now: caller.now, actorId: caller.actorId, origin: caller.origin };
      const created = await createAccount(actor, {
        email: fields.email,
        firstName: fields.first_name,
        lastName: fields.last_name,
        role: "user",
        // No password anyone knows: the user sets one with a reset link, or signs in by SSO.
        invite: true,
      });
      if (!created.ok) {
        throw new ScimError(409, "Another user already has this email.", "uniqueness");
      }
      await db
        .updateTable("users")
        .set({ ...columnsOf(fields), email: normalizeEmail(fields.email) })
        .where("id", "=", created.user.user.id)
        .execute();
      // Written past users.ts, so the admin search's words are renewed here too.
      await writeSearchTerms(db, created.user.user.id);
      return created.user.user.id;
    }),
  );
  if (fields.active === false) {
    await setAccountStatus(actorOf(caller), id, "disabled");
  }
  return (await findScimUser(caller, id)).resource;
}

export function replaceScimUser(caller: ScimCaller, id: string, input: unknown, ifMatch?: string) {
  return writeScimUser(caller, id, ifMatch, () => fieldsOfScimUser(input));
}

export function patchScimUser(
  caller: ScimCaller,
  id: string,
  operations: PatchOperation[],
  ifMatch?: string,
) {
  return writeScimUser(caller, id, ifMatch, (current) =>
    fieldsOfScimUser(applyPatch(withoutReadOnly(current), operations, userSchemaParts)),
  );
}

export async function deleteScimUser(
  caller: ScimCaller,
  id: string,
  ifMatch?: string,
): Promise<void> {
  const { user, resource } = await findScimUser(caller, id);
  checkVersion(resource, ifMatch);
  await recordAuditEvent(caller.db, {
    event: "user.deleted",
    at: caller.now,
    actorId: caller.actorId,
    targetId: user.id,
    targetEmail: user.email,
    origin: caller.origin,
    details: { via: "scim" },
  });
  // Sessions, factors, devices, keys and memberships go with the row (ON DELETE CASCADE).
  await caller.db.deleteFrom("users").where("id", "=", id).execute();
}

async function writeScimUser(
  caller: ScimCaller,
  id: string,
  ifMatch: string | undefined,
  fieldsFor: (current: ScimResource) => ScimUserFields,
): Promise<ScimResource> {
  for (let attempt = 1; ; attempt += 1) {
    const { user, resource } = await findScimUser(caller, id);
    checkVersion(resource, ifMatch);
    const fields = fieldsFor(resource);
    await checkUnique(caller.db, fields, id);
    const { active } = fields;
    const columns = columnsOf(fields);
    const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter(
      (column) => columns[column] !== user[column],
    );
    if (changed.length > 0 && !(await uniquely(() => updateIfUnchanged(caller, user, columns)))) {
      if (ifMatch !== undefined || attempt >= attempts) {
        throw new ScimError(412, "The User changed meanwhile: read it again and retry.");
      }
      continue;
    }
    if (changed.length > 0) {
      await recordAuditEvent(caller.db, {
        event: "profile.changed",
        at: caller.now,
        actorId: caller.actorId,
        targetId: id,
        targetEmail: user.email,
        origin: caller.origin,
        details: { via: "scim", fields: changed },
      });
    }
    if (active !== undefined && active !== (user.status === "active")) {
      await setAccountStatus(actorOf(caller), id, active ? "active" : "disabled");
    }
    return (await findScimUser(caller, id)).resource;
  }
}

/** A write that lost a race for a userName or email to another writer is 409, not 500. */
async function uniquely<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ScimError(409, "Another user already has this userName or email.", "uniqueness");
    }
    throw error;
  }
}

/** Writes only if nobody changed the row since it was read (its updated_at moves on each write). */
async function updateIfUnchanged(
  caller: ScimCaller,
  user: User,
  columns: Omit<ScimUserFields, "active">,
): Promise<boolean> {
  return inTransaction(caller.db, async (db) => {
    const result = await db
      .updateTable("users")
      .set({
        ...columns,
        email: normalizeEmail(columns.email),
        updated_at: Math.max(caller.now, Number(user.updated_at) + 1),
      })
      .where("id", "=", user.id)
      .where("updated_at", "=", user.updated_at)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) {
      return false;
    }
    // Written past users.ts, so the admin search's words are renewed here too.
    await writeSearchTerms(db, user.id);
    return true;
  });
}

/** The representation a PATCH starts from: what a client may write, without meta and groups. */
function withoutReadOnly(resource: ScimResource): ScimResource {
  return Object.fromEntries(
    Object.entries(resource).filter(([key]) => key !== "meta" && key !== "groups"),
  );
}

/** The profile columns of the fields; `active` is the account's status, set on its own. */
function columnsOf(fields: ScimUserFields): Omit<ScimUserFields, "active"> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => key !== "active")) as Omit<
    ScimUserFields,
    "active"
  >;
}

function actorOf(caller: ScimCaller) {
  return { db: caller.db, now: caller.now, actorId: caller.actorId, origin: caller.origin };
}

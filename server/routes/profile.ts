// PATCH /api/me/profile: the user edits their own details, unless the admin made profiles
// read-only — enforced here, not only in the portal.
import type { FastifyTypeboxInstance } from "../app.ts";
import { recordAuditEvent } from "../audit/audit-log.ts";
import type { ValidSession } from "../auth/session.ts";
import type { ServerContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { Guards } from "../plugins/authentication.ts";
import { ErrorResponse } from "../schemas/common.ts";
import { Me } from "../schemas/me.ts";
import { ProfileChangeBody, type ProfileChange } from "../schemas/profile.ts";
import type { UserUpdate } from "../storage/schema.ts";
import { findUserById } from "../storage/users.ts";
import { originOf } from "./auth.ts";
import { describeMe } from "./me.ts";

const columns: Record<keyof ProfileChange, keyof UserUpdate> = {
  firstName: "first_name",
  lastName: "last_name",
  displayName: "display_name",
  username: "username",
  mobilePhone: "mobile_phone",
  workPhone: "work_phone",
  homeAddress: "home_address",
  personalEmail: "personal_email",
  jobTitle: "job_title",
  department: "department",
  employeeId: "employee_id",
  manager: "manager",
  costCenter: "cost_center",
  officeLocation: "office_location",
  startDate: "start_date",
};

export function profileRoutes(
  app: FastifyTypeboxInstance,
  context: ServerContext,
  guards: Guards,
): void {
  const { db } = context;

  app.patch(
    "/api/me/profile",
    {
      preHandler: guards.requireSession,
      schema: { body: ProfileChangeBody, response: { 200: Me, "4xx": ErrorResponse } },
    },
    async (request) => {
      const auth = request.auth as ValidSession;
      if (!auth.policies.profile.editable) {
        throw new AppError(
          "PROFILE_READ_ONLY",
          "Your organization manages these details. Contact your IT administrator to change them.",
        );
      }
      const changes: UserUpdate = {};
      for (const [field, value] of Object.entries(request.body) as [
        keyof ProfileChange,
        string | null,
      ][]) {
        const trimmed = typeof value === "string" ? value.trim() : value;
        (changes as Record<string, string | null>)[columns[field]] =
          trimmed === "" ? null : trimmed;
      }
      for (const required of ["first_name", "last_name", "display_name", "username"] as const) {
        if (required in changes && changes[required] === null) {
          throw new AppError("VALIDATION_FAILED", "This field cannot be empty.", required, {
            reason: "empty",
          });
        }
      }
      if (typeof changes.start_date === "string" && !isRealDate(changes.start_date)) {
        throw new AppError(
          "VALIDATION_FAILED",
          "Enter a real date, like 2024-03-18.",
          "startDate",
          {
            reason: "date",
          },
        );
      }
      if (typeof changes.username === "string" && changes.username !== auth.user.username) {
        const taken = await db
          .selectFrom("users")
          .select("id")
          .where("username", "=", changes.username)
          .executeTakeFirst();
        if (taken !== undefined) {
          throw new AppError(
            "VALIDATION_FAILED",
            "Someone already has this username.",
            "username",
            {
              reason: "username_taken",
            },
          );
        }
      }
      const now = context.clock.now();
      await db
        .updateTable("users")
        .set({ ...changes, updated_at: now })
        .where("id", "=", auth.user.id)
        .execute();
      await recordAuditEvent(db, {
        event: "profile.changed",
        at: now,
        actorId: auth.user.id,
        targetId: auth.user.id,
        targetEmail: auth.user.email,
        origin: originOf(request),
        details: { fields: Object.keys(request.body) },
      });
      const user = await findUserById(db, auth.user.id);
      return describeMe({ ...auth, user: user ?? auth.user });
    },
  );
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

// A user as a row of the console's list and as its user page, and the list's opaque page cursor.
import type { UserDetail } from "../../admin/user-detail.ts";
import type { ListedUser, UserCursor } from "../../admin/user-search.ts";
import { AppError } from "../../errors.ts";
import type { AdminUserDetail, AdminUserRow } from "../../schemas/admin-users.ts";
import type { Db } from "../../storage/database.ts";
import { deviceView } from "../devices/device-view.ts";
import { passkeyView } from "../device-login/replies.ts";
import { sessionView } from "../security/sessions.ts";
import { sshKeyView } from "../security/ssh-keys.ts";
import { auditEntryViews } from "./audit-view.ts";
import { adminUserView } from "./user-view.ts";

export function adminUserRow(user: ListedUser, now: number): AdminUserRow {
  return {
    ...adminUserView(user, now),
    department: user.department,
    jobTitle: user.job_title,
    employeeId: user.employee_id,
    mfaSetUp: user.has_mfa,
    invited: user.invited_at !== null,
  };
}

export async function adminUserDetail(
  db: Db,
  detail: UserDetail,
  now: number,
): Promise<AdminUserDetail> {
  const { user } = detail;
  return {
    user: adminUserView(user, now),
    profile: {
      firstName: user.first_name,
      lastName: user.last_name,
      displayName: user.display_name,
      username: user.username,
      mobilePhone: user.mobile_phone,
      workPhone: user.work_phone,
      homeAddress: user.home_address,
      personalEmail: user.personal_email,
      jobTitle: user.job_title,
      department: user.department,
      employeeId: user.employee_id,
      manager: user.manager,
      costCenter: user.cost_center,
      officeLocation: user.office_location,
      startDate: user.start_date,
    },
    createdAt: new Date(Number(user.created_at)).toISOString(),
    invited: user.invited_at !== null,
    mfa: { authenticator: detail.authenticator, recoveryCodesLeft: detail.recoveryCodesLeft },
    devices: detail.devices.map((device) => ({
      ...deviceView(device),
      email: user.email,
      enrolledVia: device.enrolled_via,
      revokedAt: null,
    })),
    passkeys: detail.passkeys.map(passkeyView),
    sshKeys: detail.sshKeys.map(sshKeyView),
    sessions: detail.sessions.map((session) => sessionView(session, "")),
    groups: detail.groups,
    history: await auditEntryViews(db, detail.history),
  };
}

export function encodeUserCursor(cursor: UserCursor | undefined): string | null {
  return cursor === undefined
    ? null
    : Buffer.from(JSON.stringify([cursor.name, cursor.id])).toString("base64url");
}

export function decodeUserCursor(text: string | undefined): UserCursor | undefined {
  if (text === undefined) {
    return undefined;
  }
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      value.every((part) => typeof part === "string")
    ) {
      return { name: value[0] as string, id: value[1] as string };
    }
  } catch {
    // falls through to the refusal below
  }
  throw new AppError("VALIDATION_FAILED", "after is not a cursor this list gave.", "after");
}

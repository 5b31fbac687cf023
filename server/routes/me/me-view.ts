// The signed-in user's own account as GET /api/me (and the profile change) answer it: details,
// session timing, and the settings that shape what the portal offers them.
import { mustEnrollNow } from "../../auth/mfa/enrollment-deadline.ts";
import { passwordExpiresAt } from "../../auth/password-expiry.ts";
import { reverificationDueAt, type ValidSession } from "../../auth/session.ts";
import type { Me } from "../../schemas/me.ts";
import { profileFields, type ProfileField } from "../../schemas/profile.ts";

export function describeMe(auth: ValidSession): Me {
  const { profile, password } = auth.policies;
  const expiresAt = passwordExpiresAt(auth.user, password);
  return toMe(auth, {
    lockedProfileFields: profileFields.filter((field) => profile[field] === "locked"),
    passwordExpiresAt: expiresAt === null ? null : new Date(expiresAt).toISOString(),
    passwordReminderDays: password.reminderDays,
  });
}

export function toMe(
  { user, session, policy, checkedAt }: ValidSession,
  settings: {
    lockedProfileFields: ProfileField[];
    passwordExpiresAt: string | null;
    passwordReminderDays: number;
  },
): Me {
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    firstName: user.first_name,
    lastName: user.last_name,
    displayName: user.display_name,
    locale: user.locale,
    role: user.role,
    mustChangePassword: user.must_change_password === 1,
    lockedProfileFields: settings.lockedProfileFields,
    passwordExpiresAt: settings.passwordExpiresAt,
    passwordReminderDays: settings.passwordReminderDays,
    personal: {
      mobilePhone: user.mobile_phone,
      workPhone: user.work_phone,
      homeAddress: user.home_address,
      personalEmail: user.personal_email,
    },
    employment: {
      jobTitle: user.job_title,
      department: user.department,
      employeeId: user.employee_id,
      manager: user.manager,
      costCenter: user.cost_center,
      officeLocation: user.office_location,
      startDate: user.start_date,
    },
    mfaEnrollment:
      session.mfa_enroll_by === null
        ? null
        : {
            deadline: new Date(session.mfa_enroll_by).toISOString(),
            required: mustEnrollNow(session, checkedAt),
          },
    session: {
      verifiedAt: new Date(session.verified_at).toISOString(),
      reverifyAt: new Date(reverificationDueAt(session, policy)).toISOString(),
      idleMinutes: policy.idleMinutes,
      expiresAt: new Date(session.expires_at).toISOString(),
    },
  };
}

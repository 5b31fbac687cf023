// GET /api/me: the signed-in user's own account and session timing.
import type { FastifyTypeboxInstance } from "../app.ts";
import type { ValidSession } from "../auth/session.ts";
import type { RequireSession } from "../plugins/authentication.ts";
import { ErrorResponse } from "../schemas/common.ts";
import { Me, type MeResponse } from "../schemas/me.ts";

export function meRoutes(app: FastifyTypeboxInstance, requireSession: RequireSession): void {
  app.get(
    "/api/me",
    { preHandler: requireSession, schema: { response: { 200: Me, "4xx": ErrorResponse } } },
    (request) => toMe(request.auth as ValidSession),
  );
}

export function toMe({ user, session }: ValidSession): MeResponse {
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    firstName: user.first_name,
    lastName: user.last_name,
    displayName: user.display_name,
    role: user.role,
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
    session: {
      verifiedAt: new Date(session.verified_at).toISOString(),
      expiresAt: new Date(session.expires_at).toISOString(),
    },
  };
}

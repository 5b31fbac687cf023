// Every column of a user, listed: a statement sent by name on PostgreSQL may not select `users.*`
// (a column a rolling deploy adds would break its cached plan: storage/named-statements.ts). The
// record's type makes a column added to UsersTable fail to compile until it is named here.
import type { UsersTable } from "./schema.ts";

const userColumnSet = {
  id: true,
  organization_id: true,
  email: true,
  username: true,
  first_name: true,
  last_name: true,
  display_name: true,
  role: true,
  status: true,
  password_hash: true,
  mobile_phone: true,
  work_phone: true,
  home_address: true,
  personal_email: true,
  job_title: true,
  department: true,
  employee_id: true,
  manager: true,
  cost_center: true,
  office_location: true,
  start_date: true,
  created_at: true,
  updated_at: true,
  failed_attempts: true,
  locked_at: true,
  locked_until: true,
  lock_reason: true,
  must_change_password: true,
  password_changed_at: true,
  mfa_required_since: true,
  locale: true,
  invited_at: true,
  scim_external_id: true,
} satisfies Record<keyof UsersTable, true>;

export const userColumns = Object.keys(userColumnSet) as (keyof UsersTable)[];

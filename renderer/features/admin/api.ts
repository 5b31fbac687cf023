// Calls of the admin console: users (search, page, actions), policies and the audit log. Types
// come from the server's schemas; every call is an /api/admin route the server checks itself.
import { getJson, patchJson, postJson, postNoContent, putJson } from "../../lib/http.ts";
import type {
  AdminUser,
  AllPolicies,
  PolicySettingChanges,
  UserWithTemporaryPassword,
} from "../../../server/schemas/admin.ts";
import type {
  AdminDeviceList,
  EnrollmentTokenList,
  EnrollmentTokenView,
} from "../../../server/schemas/devices.ts";
import type { AuditEventNames, AuditList } from "../../../server/schemas/admin-audit.ts";
import type {
  AdminProfileChangeBody,
  AdminUserDetail,
  AdminUserPage,
  UserFilter,
} from "../../../server/schemas/admin-users.ts";

export type { AdminUserDetail, AdminUserPage, AllPolicies, AuditList, UserFilter };
export type UserRow = AdminUserPage["users"][number];
export type AuditEntry = AuditList["events"][number];
export type SettingChanges = PolicySettingChanges["changes"];
export type PolicyKind = keyof AllPolicies;

const user = (id: string, rest = "") => `admin/users/${encodeURIComponent(id)}${rest}`;

export function searchUsers(query: {
  q: string;
  filter: UserFilter | "";
  after: string | null;
}): Promise<AdminUserPage> {
  const params = new URLSearchParams({ limit: "25" });
  if (query.q.trim() !== "") {
    params.set("q", query.q.trim());
  }
  if (query.filter !== "") {
    params.set("filter", query.filter);
  }
  if (query.after !== null) {
    params.set("after", query.after);
  }
  return getJson<AdminUserPage>(`admin/users?${params.toString()}`);
}

export const createUser = (account: {
  email: string;
  firstName: string;
  lastName: string;
  invite: boolean;
}) => postJson<UserWithTemporaryPassword>("admin/users", account);

export const getUser = (id: string) => getJson<AdminUserDetail>(user(id));

export const updateUser = (id: string, change: AdminProfileChangeBody) =>
  patchJson<AdminUserDetail>(user(id), change);

export const unlockUser = (id: string) => postJson<AdminUser>(user(id, "/unlock"));

export const resendInvitation = (id: string) => postJson<AdminUser>(user(id, "/invitation"));

export const resetMfa = (id: string) => postJson<AdminUser>(user(id, "/mfa/reset"));

export const setStatus = (id: string, status: "active" | "disabled") =>
  postJson<AdminUser>(user(id, "/status"), { status });

export const giveTemporaryPassword = (id: string) =>
  postJson<UserWithTemporaryPassword>(user(id, "/temporary-password"));

export const signOutEverywhere = (id: string) =>
  postJson<AdminUserDetail>(user(id, "/sign-out-everywhere"));

export const endSession = (id: string, sessionId: string) =>
  postJson<AdminUserDetail>(user(id, `/sessions/${encodeURIComponent(sessionId)}/revoke`));

export const revokeDevice = (deviceId: string) =>
  postNoContent(`admin/devices/${encodeURIComponent(deviceId)}/revoke`);

export const listDevices = async () => (await getJson<AdminDeviceList>("admin/devices")).devices;

export const listEnrollmentTokens = async () =>
  (await getJson<EnrollmentTokenList>("admin/enrollment-tokens")).tokens;

export const createEnrollmentToken = (label: string, validDays: number) =>
  postJson<EnrollmentTokenView>("admin/enrollment-tokens", { label, validDays });

export const revokeEnrollmentToken = (id: string) =>
  postNoContent(`admin/enrollment-tokens/${encodeURIComponent(id)}/revoke`);

export const getPolicies = () => getJson<AllPolicies>("admin/policies");

export const getSettingChanges = async () =>
  (await getJson<PolicySettingChanges>("admin/policies/changes")).changes;

export const changePolicy = (kind: PolicyKind, changes: Record<string, unknown>) =>
  putJson<unknown>(`admin/policies/${kind}`, changes);

export type AuditFilters = { person: string; event: string; since: string; until: string };

/** The filters as a query string: dates (YYYY-MM-DD) as whole days in the admin's time zone. */
export function auditQuery(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.person !== "") {
    params.set("person", filters.person);
  }
  if (filters.event !== "") {
    params.set("event", filters.event);
  }
  if (filters.since !== "") {
    params.set("since", new Date(`${filters.since}T00:00:00`).toISOString());
  }
  if (filters.until !== "") {
    const end = new Date(`${filters.until}T00:00:00`);
    end.setDate(end.getDate() + 1);
    params.set("until", end.toISOString());
  }
  return params;
}

export function listAudit(filters: AuditFilters, after: string | null): Promise<AuditList> {
  const params = auditQuery(filters);
  params.set("limit", "50");
  if (after !== null) {
    params.set("after", after);
  }
  return getJson<AuditList>(`admin/audit?${params.toString()}`);
}

export const auditEventNames = async () =>
  (await getJson<AuditEventNames>("admin/audit/events")).events;

/** Where the browser downloads the filtered log (a plain link: the server streams the file). */
export function auditExportHref(filters: AuditFilters, format: "csv" | "json"): string {
  const params = auditQuery(filters);
  params.set("format", format);
  return `/api/admin/audit/export?${params.toString()}`;
}

// Saving profile fields: the server validates, stores and answers with the updated account.
import { patchJson } from "../../lib/http.ts";
import type { Me } from "../../lib/types.ts";

export type ProfileField =
  | "firstName"
  | "lastName"
  | "displayName"
  | "username"
  | "mobilePhone"
  | "workPhone"
  | "homeAddress"
  | "personalEmail"
  | "jobTitle"
  | "department"
  | "employeeId"
  | "manager"
  | "costCenter"
  | "officeLocation"
  | "startDate";

export function saveProfileField(field: ProfileField, value: string): Promise<Me> {
  return patchJson<Me>("me/profile", { [field]: value });
}

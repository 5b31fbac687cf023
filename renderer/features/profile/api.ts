// Saving profile fields: the server validates, stores and answers with the updated account.
import { patchJson } from "../../lib/http.ts";
import type { Me } from "../../lib/types.ts";
import type { ProfileChangeBody } from "../../../server/schemas/profile.ts";

/** The fields a user may edit (the company email is not one of them). */
export type ProfileField = keyof ProfileChangeBody;

export function saveProfileField(field: ProfileField, value: string): Promise<Me> {
  return patchJson<Me>("me/profile", { [field]: value });
}

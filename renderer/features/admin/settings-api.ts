// Calls of the console's Settings and the users CSV import; types from the server's schemas.
import { getJson, postJson, postNoContent } from "../../lib/http.ts";
import type { MailTestResult, SsoKeyList } from "../../../server/schemas/admin-settings.ts";
import type {
  ImportRow,
  UserImportPlan,
  UserImportResult,
} from "../../../server/schemas/admin-import.ts";

export type { ImportRow, MailTestResult, UserImportPlan, UserImportResult };
export type SsoKey = SsoKeyList["keys"][number];
export type SsoKeyPurpose = SsoKey["purpose"];

export const listSsoKeys = async () => (await getJson<SsoKeyList>("admin/sso-keys")).keys;

export const rotateSsoKeys = (purpose: SsoKeyPurpose) =>
  postNoContent("admin/sso-keys/rotate", { purpose });

export const testMail = (to: string) =>
  postJson<MailTestResult>("admin/settings/mail-test", to.trim() === "" ? {} : { to: to.trim() });

export const dryRunImport = (csv: string) =>
  postJson<UserImportPlan>("admin/users/import/dry-run", { csv });

export const runImport = (csv: string, digest: string) =>
  postJson<UserImportResult>("admin/users/import", { csv, digest });

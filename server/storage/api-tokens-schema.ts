// Table type of API tokens (migration 0120).
import type { Selectable } from "kysely";

export type ApiTokensTable = {
  id: string;
  secret_hash: string;
  name: string;
  scopes: string; // JSON array of scope names
  created_by: string; // the admin's user id, or "cli"
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
  last_used_at: number | null;
  last_used_ip: string | null;
};

export type ApiTokensDatabase = { api_tokens: ApiTokensTable };

export type ApiToken = Selectable<ApiTokensTable>;

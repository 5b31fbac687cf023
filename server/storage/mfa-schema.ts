// Table types of multi-factor authentication (migration 0030), beside schema.ts like the apps'.
import type { Generated, Selectable } from "kysely";

export type TotpFactorStatus = "pending" | "active";

export type MfaTotpFactorsTable = {
  id: string; // bound into the sealed secret as associated data
  user_id: string;
  status: TotpFactorStatus;
  secret_sealed: string; // secret-box v1 format; the base32 secret is never stored in the clear
  last_used_step: Generated<number>; // -1 until a code was accepted
  created_at: number;
  confirmed_at: number | null;
};

export type MfaRecoveryCodesTable = {
  id: string;
  user_id: string;
  code_hash: string; // hex SHA-256 of the normalized code
  created_at: number;
  used_at: number | null;
};

export type ServerSecretsTable = { name: string; value: string; created_at: number };

export type MfaDatabase = {
  mfa_totp_factors: MfaTotpFactorsTable;
  mfa_recovery_codes: MfaRecoveryCodesTable;
  server_secrets: ServerSecretsTable;
};

export type TotpFactor = Selectable<MfaTotpFactorsTable>;

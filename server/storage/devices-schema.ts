// Table types of device enrollment and device login (migration 0040).
import type { Selectable } from "kysely";

export type DeviceConnectKeysTable = {
  id: string;
  user_id: string;
  secret_hash: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
};

export type DeviceEnrollmentTokensTable = {
  id: string;
  secret_hash: string;
  label: string;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
};

export type DevicesTable = {
  id: string;
  user_id: string | null; // null for a device IT enrolled with an enrollment token
  name: string;
  os: string;
  app_version: string;
  public_key: string; // SPKI DER, base64url
  enrolled_via: "connect_key" | "enrollment_token";
  enrolled_at: number;
  last_seen_at: number;
  revoked_at: number | null;
};

/** Challenges issued by the previous release (migration 0320); this one stores none. */
export type DeviceChallengesTable = { challenge_hash: string; expires_at: number };

/** A device challenge taken once, kept past its expiry (migration 0320, devices/device-proof.ts). */
export type SpentDeviceChallengesTable = { challenge: string; expires_at: number };

export type PasskeysTable = {
  id: string;
  user_id: string;
  device_id: string | null;
  name: string;
  public_key: string;
  counter: number;
  transports: string;
  aaguid: string;
  backed_up: number;
  device_type: string;
  created_at: number;
  last_used_at: number | null;
};

export type WebauthnChallengePurpose = "registration" | "authentication" | "reverify";

/** Challenges issued by the previous release (migration 0310); this one stores none. */
export type WebauthnChallengesTable = {
  challenge: string;
  purpose: WebauthnChallengePurpose;
  user_id: string | null;
  session_id: string | null;
  expires_at: number;
};

/** A challenge accepted once, kept past its expiry (migration 0310, webauthn-challenges.ts). */
export type SpentWebauthnChallengesTable = { challenge: string; expires_at: number };

export type DevicesDatabase = {
  device_connect_keys: DeviceConnectKeysTable;
  device_enrollment_tokens: DeviceEnrollmentTokensTable;
  devices: DevicesTable;
  device_challenges: DeviceChallengesTable;
  spent_device_challenges: SpentDeviceChallengesTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebauthnChallengesTable;
  spent_webauthn_challenges: SpentWebauthnChallengesTable;
};

export type Device = Selectable<DevicesTable>;
export type Passkey = Selectable<PasskeysTable>;

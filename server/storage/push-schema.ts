// Table types of sign-in approval on the desktop app (migration 0150).
import type { Generated, Selectable } from "kysely";

/** What a push request confirms: a sign-in, or the per-app MFA of an app launch. */
export type PushPurpose = "sign_in" | "step_up";

export type PushStatus = "pending" | "approved" | "denied" | "cancelled";

/** Why a request was denied: the user's "This wasn't me", or a number that did not match. */
export type PushDenyReason = "reported" | "wrong_number";

export type PushRequestsTable = {
  id: string;
  user_id: string;
  purpose: PushPurpose;
  /** The pending sign-in it belongs to: login_flows.id, or launch_handoffs.id for a step-up. */
  flow_id: string;
  /** The two-digit number the browser shows. */
  number: number;
  /** JSON: the three numbers the desktop app offers, the right one among them. */
  choices: string;
  /** Random, base64url: each choice's WebAuthn challenge is derived from it (push-numbers.ts). */
  nonce: string;
  status: PushStatus;
  deny_reason: PushDenyReason | null;
  /** The device that answered. */
  device_id: string | null;
  /** The app a step-up opens. */
  app_id: string | null;
  /** The browser asking. */
  ip: string | null;
  user_agent: string | null;
  /** The push.requested audit event: what "This wasn't me" reports. */
  audit_event_id: string | null;
  created_at: number;
  expires_at: number;
  /** Raised on every change, so an instance re-reads only what changed lately. */
  updated_at: number;
  answered_at: number | null;
};

export type PushUserStateTable = {
  user_id: string;
  denials_in_row: Generated<number>;
  /** Push fatigue protection: no requests until then. */
  paused_until: number | null;
  /** The user removed push in Security. */
  turned_off_at: number | null;
};

export type PushDatabase = {
  push_requests: PushRequestsTable;
  push_user_state: PushUserStateTable;
};

export type PushRequest = Selectable<PushRequestsTable>;

// Calls of the Security tab: SSH keys, active sessions, sign-in history and "This wasn't me", and
// the desktop app's downloads. Types come from the server's schemas.
import { deleteNoContent, getJson, postJson } from "../../lib/http.ts";
import type {
  DesktopApp,
  ReportOutcome,
  RevokedCount,
  SecurityEventList,
  SecurityEventView,
  SessionList,
  SessionView,
  SshKeyList,
  SshKeyView,
} from "../../../server/schemas/security.ts";

export type SshKey = SshKeyView;
export type ActiveSession = SessionView;
/** Carries the event's name, reason code and device names: the portal words them itself. */
export type SecurityEvent = SecurityEventView;
/** What the server recognized in a User-Agent (client, browser, system names). */
export type DeviceDescription = Pick<SessionView, "client" | "browser" | "system">;
export type DesktopDownload = DesktopApp["downloads"][number];

export async function listSshKeys(): Promise<SshKey[]> {
  return (await getJson<SshKeyList>("me/ssh-keys")).keys;
}

export function addSshKey(name: string, publicKey: string): Promise<SshKey> {
  return postJson<SshKey>("me/ssh-keys", { name, publicKey });
}

export function deleteSshKey(id: string): Promise<void> {
  return deleteNoContent(`me/ssh-keys/${encodeURIComponent(id)}`);
}

export async function listSessions(): Promise<ActiveSession[]> {
  return (await getJson<SessionList>("me/sessions")).sessions;
}

export function revokeSession(id: string): Promise<RevokedCount> {
  return postJson<RevokedCount>(`me/sessions/${encodeURIComponent(id)}/revoke`);
}

export function revokeOtherSessions(): Promise<RevokedCount> {
  return postJson<RevokedCount>("me/sessions/revoke-others");
}

export async function listSecurityEvents(): Promise<SecurityEvent[]> {
  return (await getJson<SecurityEventList>("me/security-events")).events;
}

export function reportSecurityEvent(id: string): Promise<ReportOutcome> {
  return postJson<ReportOutcome>(`me/security-events/${encodeURIComponent(id)}/report`);
}

export async function getDesktopDownloads(): Promise<DesktopDownload[]> {
  return (await getJson<DesktopApp>("desktop-app")).downloads;
}

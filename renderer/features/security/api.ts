// Calls of the Security tab: SSH keys, active sessions, sign-in history and "This wasn't me".
import { deleteNoContent, getJson, postJson } from "../../lib/http.ts";

export type SshKey = {
  id: string;
  name: string;
  type: string;
  bits: number;
  fingerprint: string;
  comment: string;
  addedAt: string;
};

/** What the server recognized in a User-Agent; the portal puts it in words. */
export type DeviceDescription = {
  client: "desktop" | "web";
  browser: string | null;
  system: string | null;
};

export type ActiveSession = DeviceDescription & {
  id: string;
  current: boolean;
  /** In English, for API clients; the portal says it from client, browser and system. */
  device: string;
  ip: string | null;
  startedAt: string;
  lastActiveAt: string;
};

export type SecurityEvent = DeviceDescription & {
  id: string;
  /** The stable event name (server/audit/audit-log.ts); the portal puts it in words. */
  event: string;
  /** The stored reason's code, e.g. "wrong_password" or "5 consecutive failures". */
  reason: string | null;
  category: "sign_in" | "security_change" | "administration";
  reportable: boolean;
  at: string;
  ip: string | null;
};

export async function listSshKeys(): Promise<SshKey[]> {
  return (await getJson<{ keys: SshKey[] }>("me/ssh-keys")).keys;
}

export function addSshKey(name: string, publicKey: string): Promise<SshKey> {
  return postJson<SshKey>("me/ssh-keys", { name, publicKey });
}

export function deleteSshKey(id: string): Promise<void> {
  return deleteNoContent(`me/ssh-keys/${encodeURIComponent(id)}`);
}

export async function listSessions(): Promise<ActiveSession[]> {
  return (await getJson<{ sessions: ActiveSession[] }>("me/sessions")).sessions;
}

export function revokeSession(id: string): Promise<{ revoked: number }> {
  return postJson(`me/sessions/${encodeURIComponent(id)}/revoke`);
}

export function revokeOtherSessions(): Promise<{ revoked: number }> {
  return postJson("me/sessions/revoke-others");
}

export async function listSecurityEvents(): Promise<SecurityEvent[]> {
  return (await getJson<{ events: SecurityEvent[] }>("me/security-events")).events;
}

export function reportSecurityEvent(id: string): Promise<{ locked: true }> {
  return postJson(`me/security-events/${encodeURIComponent(id)}/report`);
}

export type DesktopDownload = { os: "darwin" | "win32" | "linux"; url: string };

export async function getDesktopDownloads(): Promise<DesktopDownload[]> {
  return (await getJson<{ downloads: DesktopDownload[] }>("desktop-app")).downloads;
}

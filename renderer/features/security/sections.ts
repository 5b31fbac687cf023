// The Security page's sections, each with its own address (/security, /security/devices, …),
// so a section can be linked, bookmarked and reached with Back.
import { securityMessages as m } from "./messages.ts";

export const securitySections = [
  { id: "sign-in", path: "/security", label: m.sectionSignIn },
  { id: "devices", path: "/security/devices", label: m.sectionDevices },
  { id: "sessions", path: "/security/sessions", label: m.sectionSessions },
  { id: "ssh-keys", path: "/security/ssh-keys", label: m.sectionSshKeys },
  { id: "history", path: "/security/history", label: m.sectionHistory },
] as const;

export type SecuritySection = (typeof securitySections)[number]["id"];

/** The section an address names; undefined for an address that is not a Security section. */
export function securitySectionFromPath(pathname: string): SecuritySection | undefined {
  const normalized = `/${pathname.split("/").filter(Boolean).join("/")}`;
  return securitySections.find((section) => section.path === normalized)?.id;
}

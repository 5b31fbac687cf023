// The Security page's sections, each with its own address (/security, /security/devices, …),
// so a section can be linked, bookmarked and reached with Back.

export const securitySections = [
  { id: "sign-in", path: "/security", label: "Password and MFA" },
  { id: "devices", path: "/security/devices", label: "Devices" },
  { id: "sessions", path: "/security/sessions", label: "Sessions" },
  { id: "ssh-keys", path: "/security/ssh-keys", label: "SSH keys" },
  { id: "history", path: "/security/history", label: "Sign-in history" },
] as const;

export type SecuritySection = (typeof securitySections)[number]["id"];

/** The section an address names; undefined for an address that is not a Security section. */
export function securitySectionFromPath(pathname: string): SecuritySection | undefined {
  const normalized = `/${pathname.split("/").filter(Boolean).join("/")}`;
  return securitySections.find((section) => section.path === normalized)?.id;
}

// The console's addresses: /admin/users, /admin/users/<id>, /admin/groups, /admin/groups/<id>,
// /admin/requests, /admin/policies, /admin/devices, /admin/audit.
export type ConsolePage =
  | { page: "users" }
  | { page: "user"; userId: string }
  | { page: "groups" }
  | { page: "group"; groupId: string }
  | { page: "requests" }
  | { page: "policies" }
  | { page: "devices" }
  | { page: "audit" };

/** The navigation's sections; each one's words are consoleMessages[page] (messages.ts). */
export const consoleSections = [
  { page: "users", path: "/admin/users" },
  { page: "groups", path: "/admin/groups" },
  { page: "requests", path: "/admin/requests" },
  { page: "policies", path: "/admin/policies" },
  { page: "devices", path: "/admin/devices" },
  { page: "audit", path: "/admin/audit" },
] as const;

export function isConsolePath(pathname: string): boolean {
  return pathname === "/admin" || pathname.startsWith("/admin/");
}

/** The console page an address names, or undefined for one it does not know. */
export function consolePageFromPath(pathname: string): ConsolePage | undefined {
  const [, , section, id, ...rest] = pathname.split("/");
  if (rest.length > 0) {
    return undefined;
  }
  if (section === "users") {
    return id === undefined || id === "" ? { page: "users" } : { page: "user", userId: id };
  }
  if (section === "groups") {
    return id === undefined || id === "" ? { page: "groups" } : { page: "group", groupId: id };
  }
  if (
    (section === "requests" ||
      section === "policies" ||
      section === "devices" ||
      section === "audit") &&
    id === undefined
  ) {
    return { page: section };
  }
  return undefined;
}

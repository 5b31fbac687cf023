// The console's addresses: /admin/users, /admin/users/import, /admin/users/<id>, /admin/groups,
// /admin/groups/<id>, /admin/apps, /admin/apps/new, /admin/apps/<id>, /admin/requests,
// /admin/policies, /admin/devices, /admin/audit, /admin/tokens, /admin/webhooks, /admin/settings.
export type ConsolePage =
  | { page: "users" }
  | { page: "import" }
  | { page: "user"; userId: string }
  | { page: "groups" }
  | { page: "group"; groupId: string }
  | { page: "apps" }
  | { page: "newApp" }
  | { page: "app"; appId: string }
  | { page: "requests" }
  | { page: "policies" }
  | { page: "devices" }
  | { page: "audit" }
  | { page: "tokens" }
  | { page: "webhooks" }
  | { page: "settings" };

/** The navigation's sections; each one's words are consoleMessages[page] (messages.ts). */
export const consoleSections = [
  { page: "users", path: "/admin/users" },
  { page: "groups", path: "/admin/groups" },
  { page: "apps", path: "/admin/apps" },
  { page: "requests", path: "/admin/requests" },
  { page: "policies", path: "/admin/policies" },
  { page: "devices", path: "/admin/devices" },
  { page: "audit", path: "/admin/audit" },
  { page: "tokens", path: "/admin/tokens" },
  { page: "webhooks", path: "/admin/webhooks" },
  { page: "settings", path: "/admin/settings" },
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
    // User ids are UUIDs, so "import" is never one.
    if (id === "import") {
      return { page: "import" };
    }
    return id === undefined || id === "" ? { page: "users" } : { page: "user", userId: id };
  }
  if (section === "groups") {
    return id === undefined || id === "" ? { page: "groups" } : { page: "group", groupId: id };
  }
  if (section === "apps") {
    return id === undefined || id === ""
      ? { page: "apps" }
      : id === "new"
        ? { page: "newApp" }
        : { page: "app", appId: id };
  }
  if (
    (section === "requests" ||
      section === "policies" ||
      section === "devices" ||
      section === "audit" ||
      section === "tokens" ||
      section === "webhooks" ||
      section === "settings") &&
    id === undefined
  ) {
    return { page: section };
  }
  return undefined;
}

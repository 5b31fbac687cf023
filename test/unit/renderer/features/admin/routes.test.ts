// The console's addresses: every section and page by its path, the import page before any user
// id, and anything else unknown (the app then sends the admin to Users).
import { describe, expect, it } from "vitest";
import {
  consolePageFromPath,
  consoleSections,
} from "../../../../../renderer/features/admin/routes.ts";

describe("consolePageFromPath", () => {
  it("knows every section of the navigation", () => {
    for (const section of consoleSections) {
      expect(consolePageFromPath(section.path)).toEqual({ page: section.page });
    }
  });

  it("tells the import page from a user's page", () => {
    expect(consolePageFromPath("/admin/users/import")).toEqual({ page: "import" });
    expect(consolePageFromPath("/admin/users/5f0c")).toEqual({ page: "user", userId: "5f0c" });
  });

  it("knows no other address", () => {
    for (const path of [
      "/admin/settings/x",
      "/admin/users/import/x",
      "/admin/setting",
      "/admin/x",
    ]) {
      expect(consolePageFromPath(path), path).toBeUndefined();
    }
  });
});

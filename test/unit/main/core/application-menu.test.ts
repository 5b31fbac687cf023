import { describe, expect, it } from "vitest";
import {
  buildApplicationMenu,
  type ApplicationMenuState,
  type TopMenu,
} from "../../../../main/core/application-menu.ts";
import { createDesktopText } from "../../../../main/core/desktop-text.ts";

const english = createDesktopText("en");

const base: ApplicationMenuState = {
  platform: "darwin",
  appName: "Gatehouse",
  developmentBuild: false,
  portalAvailable: true,
  updatesEnabled: true,
};
const roles = (menu: TopMenu[]) =>
  menu.flatMap((top) =>
    top.entries.flatMap((entry) => (entry.type === "role" ? [entry.role] : [])),
  );
const labels = (menu: TopMenu[]) => menu.map((top) => top.label);

describe("application menu", () => {
  it("gives macOS an Edit menu, so copy and paste work in text fields", () => {
    const menu = buildApplicationMenu(base, english);
    expect(labels(menu)).toEqual(["Gatehouse", "Edit", "View", "Window"]);
    const edit = menu.find((top) => top.label === "Edit");
    expect(edit?.entries).toEqual(
      expect.arrayContaining(
        ["undo", "redo", "cut", "copy", "paste", "selectAll"].map((role) => ({
          type: "role",
          role,
        })),
      ),
    );
    expect(roles(menu)).toEqual(expect.arrayContaining(["about", "hide", "quit"]));
  });

  it("gives Windows and Linux File, Edit, View and Help", () => {
    for (const platform of ["win32", "linux"] as const) {
      const menu = buildApplicationMenu({ ...base, platform }, english);
      expect(labels(menu)).toEqual(["&File", "Edit", "View", "&Help"]);
      expect(roles(menu)).toEqual(expect.arrayContaining(["copy", "paste", "quit", "about"]));
      expect(roles(menu)).not.toContain("services");
    }
  });

  it("has no DevTools or reload in an installed app, on any OS", () => {
    for (const platform of ["darwin", "win32", "linux"] as const) {
      const installed = roles(buildApplicationMenu({ ...base, platform }, english));
      expect(installed).not.toContain("toggleDevTools");
      expect(installed).not.toContain("reload");
      const development = roles(
        buildApplicationMenu({ ...base, platform, developmentBuild: true }, english),
      );
      expect(development).toContain("toggleDevTools");
    }
  });

  it("offers Verify Now (only with a portal) and Check for Updates (only when updates run)", () => {
    const actions = (state: ApplicationMenuState) =>
      buildApplicationMenu(state, english).flatMap((top) =>
        top.entries.flatMap((entry) =>
          entry.type === "action" ? [[entry.action, entry.enabled]] : [],
        ),
      );
    expect(actions(base)).toEqual([
      ["verify-now", true],
      ["check-for-updates", true],
    ]);
    expect(actions({ ...base, portalAvailable: false, updatesEnabled: false })).toEqual([
      ["verify-now", false],
    ]);
  });
});

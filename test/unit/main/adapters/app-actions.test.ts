// The tray's and the application menu's actions, with the ports main/index.ts gives them.
import { describe, expect, it } from "vitest";
import { runAppAction, type AppActionPorts } from "../../../../main/app-actions.ts";

function ports(
  portalShown: boolean,
  update: Promise<{ status: string }> = Promise.resolve({ status: "up-to-date" }),
) {
  const seen: string[] = [];
  const value: AppActionPorts = {
    showWindow: () => void seen.push("window shown"),
    portalPageShown: () => portalShown,
    sendVerifyNow: () => void seen.push("page told to verify"),
    toggleLaunchAtLogin: () => void seen.push("launch at login toggled"),
    checkForUpdates: () => update,
    quit: () => void seen.push("quit"),
    log: (message) => void seen.push(message),
  };
  return { value, seen };
}

describe("tray and menu actions", () => {
  it("Verify now brings the window forward, then asks the portal page for Touch ID", () => {
    const { value, seen } = ports(true);
    runAppAction("verify-now", value);
    expect(seen).toEqual(["window shown", "page told to verify"]);
  });

  it("Verify now tells no page that is not the portal (first run, offline page)", () => {
    const { value, seen } = ports(false);
    runAppAction("verify-now", value);
    expect(seen).toEqual(["window shown"]);
  });

  it("reports a failed update check in the log instead of throwing", async () => {
    const { value, seen } = ports(true, Promise.reject(new Error("feed unreachable")));
    runAppAction("check-for-updates", value);
    await expect.poll(() => seen).toEqual(["Update check failed: Error: feed unreachable"]);
  });
});

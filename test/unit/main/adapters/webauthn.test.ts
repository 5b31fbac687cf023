// Touch ID set-up and the passkey chooser, driven through a typed fake of the Electron surface.
import type {
  ConfigureWebAuthnOptions,
  MessageBoxOptions,
  SelectWebauthnAccountDetails,
} from "electron";
import plist from "plist";
import { describe, expect, it } from "vitest";
import { setUpWebAuthn, type WebAuthnSurface } from "../../../../main/webauthn.ts";
import { electronEvent } from "./fake-electron.ts";
import { createDesktopText } from "../../../../main/core/desktop-text.ts";

const signedInfoPlist = plist.build({
  CFBundleIdentifier: "com.gatehouse.desktop",
  ElectronTeamID: "AB12CD34EF",
});

function fakeMac(overrides: Partial<WebAuthnSurface> = {}, chooserAnswer = 0) {
  const configured: ConfigureWebAuthnOptions[] = [];
  const logs: string[] = [];
  const dialogs: MessageBoxOptions[] = [];
  let listener: Parameters<WebAuthnSurface["onSelectWebAuthnAccount"]>[0] | undefined;
  const surface: WebAuthnSurface = {
    platform: "darwin",
    isPackaged: true,
    configureWebAuthn: (options) => void configured.push(options),
    readInfoPlist: () => signedInfoPlist,
    onSelectWebAuthnAccount: (registered) => {
      listener = registered;
    },
    showMessageBox: (options) => {
      dialogs.push(options);
      return Promise.resolve({ response: chooserAnswer, checkboxChecked: false });
    },
    log: (message) => void logs.push(message),
    text: () => createDesktopText("en"),
    ...overrides,
  };
  /** What the pending navigator.credentials.get() receives: a credential id, or a cancel. */
  const select = (accounts: SelectWebauthnAccountDetails["accounts"]) =>
    new Promise<string | null | undefined>((resolve) => {
      if (listener === undefined) {
        throw new Error("no select-webauthn-account listener: Electron would cancel the sign-in");
      }
      listener(
        electronEvent({}),
        { relyingPartyId: "portal.example.com", accounts, frame: null },
        resolve,
      );
    });
  return { surface, configured, logs, dialogs, select };
}

describe("Touch ID in a signed build", () => {
  it("is configured from the app's own Info.plist, with no environment variable", () => {
    const mac = fakeMac();
    expect(setUpWebAuthn(mac.surface).kind).toBe("configure");
    expect(mac.configured).toEqual([
      {
        touchID: {
          keychainAccessGroup: "AB12CD34EF.com.gatehouse.desktop.webauthn",
          promptReason: "sign in to $1",
        },
      },
    ]);
    expect(mac.logs).toEqual([]);
  });

  it("is left unconfigured in an unsigned build, and the log says why once", () => {
    const mac = fakeMac({
      readInfoPlist: () => plist.build({ CFBundleIdentifier: "com.gatehouse.desktop" }),
    });
    setUpWebAuthn(mac.surface);
    expect(mac.configured).toEqual([]);
    expect(mac.logs).toHaveLength(1);
    expect(mac.logs[0]).toMatch(/Touch ID device login is unavailable: this build was not signed/);
  });

  it("logs nothing on Windows, where Windows Hello needs no configuration", () => {
    const windows = fakeMac({ platform: "win32" });
    setUpWebAuthn(windows.surface);
    expect(windows.configured).toEqual([]);
    expect(windows.logs).toEqual([]);
  });
});

describe("choosing the passkey for a discoverable sign-in", () => {
  it("answers with the only passkey at once, without a dialog", async () => {
    const mac = fakeMac();
    setUpWebAuthn(mac.surface);
    await expect(
      mac.select([{ credentialId: "cred-1", name: "alex.morgan@example.com" }]),
    ).resolves.toBe("cred-1");
    expect(mac.dialogs).toEqual([]);
  });

  it("lets the user choose among several, and the chosen passkey signs in", async () => {
    const mac = fakeMac({}, 1);
    setUpWebAuthn(mac.surface);
    const chosen = await mac.select([
      { credentialId: "cred-a", displayName: "Alex Morgan", name: "alex.morgan@example.com" },
      { credentialId: "cred-s", displayName: "Sam Rivera", name: "sam.rivera@example.com" },
    ]);
    expect(chosen).toBe("cred-s");
    expect(mac.dialogs[0]).toMatchObject({
      message: "Sign in to portal.example.com as:",
      buttons: [
        "Alex Morgan (alex.morgan@example.com)",
        "Sam Rivera (sam.rivera@example.com)",
        "Cancel",
      ],
      cancelId: 2,
    });
  });

  it("cancels when the user presses Cancel or the dialog fails, and logs the failure", async () => {
    const two = [
      { credentialId: "a", name: "a@example.com" },
      { credentialId: "b", name: "b@example.com" },
    ];
    const cancelled = fakeMac({}, 2);
    setUpWebAuthn(cancelled.surface);
    await expect(cancelled.select(two)).resolves.toBeUndefined();

    const broken = fakeMac({ showMessageBox: () => Promise.reject(new Error("no window")) });
    setUpWebAuthn(broken.surface);
    await expect(broken.select(two)).resolves.toBeUndefined();
    expect(broken.logs.at(-1)).toMatch(/Choosing a passkey failed: Error: no window/);
  });
});

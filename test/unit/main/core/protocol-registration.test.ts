import { describe, expect, it } from "vitest";
import { decideProtocolRegistration } from "../../../../main/core/protocol-registration.ts";

const base = {
  platform: "win32" as const,
  isPackaged: true,
  defaultApp: false,
  executablePath: "C:\\Program Files\\Gatehouse\\Gatehouse.exe",
  script: undefined,
  installation: "other" as const,
};

describe("gatehouse:// registration", () => {
  it("is left to the installers for installed apps on Windows and macOS and deb", () => {
    for (const platform of ["win32", "darwin", "linux"] as const) {
      expect(decideProtocolRegistration({ ...base, platform })).toEqual({ kind: "installer" });
    }
  });

  it("is done by the app itself only for an AppImage", () => {
    expect(
      decideProtocolRegistration({ ...base, platform: "linux", installation: "linux-appimage" }),
    ).toEqual({ kind: "self" });
  });

  it("registers Electron with the script in a development run", () => {
    expect(
      decideProtocolRegistration({
        ...base,
        isPackaged: false,
        defaultApp: true,
        executablePath: "/repo/node_modules/electron/dist/electron",
        script: "/repo/out/main/index.cjs",
      }),
    ).toEqual({
      kind: "development",
      executable: "/repo/node_modules/electron/dist/electron",
      args: ["/repo/out/main/index.cjs"],
    });
  });
});

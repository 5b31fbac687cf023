import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectInstallation } from "../../../../main/core/installation.ts";

const windows = {
  platform: "win32" as const,
  isPackaged: true,
  productFilename: "Gatehouse",
  resourcesPath: "C:\\Program Files\\Gatehouse\\resources",
  environment: {},
};

describe("how the app was installed", () => {
  it("is NSIS on Windows when NSIS's uninstaller sits beside the executable", () => {
    const perUser = "C:\\Users\\jo\\AppData\\Local\\Programs\\Gatehouse\\Gatehouse.exe";
    const files = new Set([
      "C:\\Users\\jo\\AppData\\Local\\Programs\\Gatehouse\\Uninstall Gatehouse.exe",
    ]);
    expect(
      detectInstallation({
        ...windows,
        executablePath: perUser,
        fileExists: (file) => files.has(file),
      }),
    ).toBe("windows-nsis");
  });

  it("is MSI on Windows when there is no NSIS uninstaller (Windows Installer owns it)", () => {
    const asked: string[] = [];
    expect(
      detectInstallation({
        ...windows,
        executablePath: "C:\\Program Files\\Gatehouse\\Gatehouse.exe",
        fileExists: (file) => {
          asked.push(file);
          return false;
        },
      }),
    ).toBe("windows-msi");
    expect(asked).toEqual(["C:\\Program Files\\Gatehouse\\Uninstall Gatehouse.exe"]);
  });

  it("tells AppImage from a deb install on Linux, and a development run everywhere", () => {
    const linux = {
      platform: "linux" as const,
      isPackaged: true,
      executablePath: "/opt/Gatehouse/gatehouse",
      productFilename: "Gatehouse",
      resourcesPath: "/opt/Gatehouse/resources",
    };
    const packageType = path.posix.join(linux.resourcesPath, "package-type");
    expect(
      detectInstallation({ ...linux, environment: {}, fileExists: (f) => f === packageType }),
    ).toBe("linux-package");
    expect(
      detectInstallation({
        ...linux,
        environment: { APPIMAGE: "/home/jo/Gatehouse.AppImage" },
        fileExists: () => false,
      }),
    ).toBe("linux-appimage");
    for (const platform of ["darwin", "win32", "linux"] as const) {
      expect(
        detectInstallation({
          ...windows,
          platform,
          isPackaged: false,
          executablePath: "/x/electron",
          fileExists: () => true,
        }),
      ).toBe("development");
    }
  });
});

import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../../server/config/config.ts";
import { ConfigError } from "../../../../server/config/config-error.ts";

describe("desktop app download links", () => {
  it("are read per OS from configuration", () => {
    const config = loadConfig({
      GATEHOUSE_DESKTOP_DOWNLOAD_MACOS: "https://downloads.example.com/Gatehouse.dmg",
      GATEHOUSE_DESKTOP_DOWNLOAD_WINDOWS: "https://downloads.example.com/Gatehouse.msi",
    });
    expect(config.desktopDownloads).toEqual([
      { os: "darwin", url: "https://downloads.example.com/Gatehouse.dmg" },
      { os: "win32", url: "https://downloads.example.com/Gatehouse.msi" },
    ]);
    expect(loadConfig({}).desktopDownloads).toEqual([]);
  });

  it.each([
    "http://downloads.example.com/Gatehouse.dmg",
    "downloads.example.com/Gatehouse.dmg",
    "javascript:alert(1)",
    "https://user:secret@downloads.example.com/Gatehouse.dmg",
  ])("refuse %j and name the key", (url) => {
    expect(() => loadConfig({ GATEHOUSE_DESKTOP_DOWNLOAD_MACOS: url })).toThrow(ConfigError);
    expect(() => loadConfig({ GATEHOUSE_DESKTOP_DOWNLOAD_MACOS: url })).toThrow(
      /^GATEHOUSE_DESKTOP_DOWNLOAD_MACOS: /,
    );
  });
});

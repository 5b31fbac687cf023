import { describe, expect, it } from "vitest";
import { sortForThisComputer } from "../../../../../renderer/features/security/components/DesktopAppCard.tsx";

const downloads = [
  { os: "darwin" as const, url: "https://d.example.com/mac" },
  { os: "win32" as const, url: "https://d.example.com/win" },
  { os: "linux" as const, url: "https://d.example.com/linux" },
];

describe("desktop download order", () => {
  it("puts this computer's OS first and keeps the rest in order", () => {
    expect(sortForThisComputer(downloads, "win32").map((download) => download.os)).toEqual([
      "win32",
      "darwin",
      "linux",
    ]);
    expect(sortForThisComputer(downloads, "linux").map((download) => download.os)).toEqual([
      "linux",
      "darwin",
      "win32",
    ]);
  });

  it("keeps the configured order when the OS is unknown", () => {
    expect(sortForThisComputer(downloads, undefined)).toEqual(downloads);
  });
});

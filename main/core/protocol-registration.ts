// Who registers gatehouse:// with the OS. The installers do for installed apps: macOS through
// Info.plist (electron-builder `protocols`), Windows through build/installer.nsh (NSIS) and
// build/msi-protocol.ts (MSI), Linux's deb through its .desktop file. The app registers itself
// only where no installer did: a development run, and an AppImage. On Windows it must not: a
// per-user registration would shadow the installer's and outlive its uninstall.

export type ProtocolRegistration =
  | { kind: "installer" }
  /** `electron path/to/main.cjs`: register the Electron binary with the script as argument. */
  | { kind: "development"; executable: string; args: string[] }
  | { kind: "self" };

export function decideProtocolRegistration(input: {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** process.defaultApp: true when Electron runs a script given on its command line. */
  defaultApp: boolean;
  executablePath: string;
  /** The script Electron was started with (process.argv[1]), resolved. */
  script: string | undefined;
  installation: "linux-appimage" | "other";
}): ProtocolRegistration {
  if (!input.isPackaged && input.defaultApp && input.script !== undefined) {
    return { kind: "development", executable: input.executablePath, args: [input.script] };
  }
  if (input.isPackaged && input.platform === "linux" && input.installation === "linux-appimage") {
    return { kind: "self" };
  }
  return { kind: "installer" };
}

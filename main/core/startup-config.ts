// Decides which portal the desktop app opens (DESIGN.md §6): command line, then environment
// (development), then the user's saved first-run choice. The OS policy store (MDM / Group Policy)
// slots in between environment and the saved choice with the distribution work.
import { parsePortalUrl } from "./portal-url.ts";

export type ConfigSource = "command-line" | "environment" | "saved";

export type StartupConfig =
  | { kind: "portal"; origin: string; source: ConfigSource }
  | { kind: "first-run" } // installed app, nothing configured: ask for the portal address
  | { kind: "bundled-server" } // developer build, nothing configured: local server with demo data
  | { kind: "invalid"; source: ConfigSource; reason: string };

export type StartupInputs = {
  argv: readonly string[];
  environment: Readonly<Record<string, string | undefined>>;
  savedPortalUrl: string | undefined;
  /** An installed app asks the user; a development build (`npm start`) runs the bundled server. */
  isPackaged: boolean;
};

export const portalUrlArgument = "--portal-url";
export const portalUrlVariable = "GATEHOUSE_PORTAL_URL";

export function resolveStartupConfig(inputs: StartupInputs): StartupConfig {
  const { argv, environment, savedPortalUrl } = inputs;
  const candidates: [ConfigSource, string | undefined][] = [
    ["command-line", readArgument(argv, portalUrlArgument)],
    ["environment", environment[portalUrlVariable]],
    ["saved", savedPortalUrl],
  ];
  for (const [source, value] of candidates) {
    if (value === undefined || value === "") {
      continue;
    }
    const parsed = parsePortalUrl(value);
    // A bad explicit setting is an error to show, never a silent fall-through to another portal.
    return parsed.ok
      ? { kind: "portal", origin: parsed.origin, source }
      : { kind: "invalid", source, reason: parsed.reason };
  }
  return inputs.isPackaged ? { kind: "first-run" } : { kind: "bundled-server" };
}

function readArgument(argv: readonly string[], name: string): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? "";
    if (argument.startsWith(`${name}=`)) {
      return argument.slice(name.length + 1);
    }
    if (argument === name) {
      return argv[index + 1] ?? "";
    }
  }
  return undefined;
}

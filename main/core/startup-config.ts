// Decides which portal the desktop app opens (docs/design.md §6): command line, then environment
// (development), then the OS policy store (MDM / Group Policy), then the user's saved first-run
// choice. When IT disallows changing the portal address, an installed app ignores the first two.
import { policyKeys, type ManagedPolicyRead } from "./managed-policy.ts";
import { parsePortalUrl, type PortalUrlResult } from "./portal-url.ts";

export type ConfigSource = "command-line" | "environment" | "policy" | "saved";

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
  /** What the OS policy store holds, already validated; absent where there is none. */
  managed?: ManagedPolicyRead;
};

export const portalUrlArgument = "--portal-url";
export const portalUrlVariable = "GATEHOUSE_PORTAL_URL";

export function resolveStartupConfig(inputs: StartupInputs): StartupConfig {
  const { argv, environment, savedPortalUrl } = inputs;
  const locked = isPortalUrlLocked(inputs);
  const explicit: [ConfigSource, string | undefined][] = locked
    ? [] // IT pinned the portal: a shortcut with --portal-url must not get around it
    : [
        ["command-line", readArgument(argv, portalUrlArgument)],
        ["environment", environment[portalUrlVariable]],
      ];
  const candidates: [ConfigSource, PortalUrlResult | undefined][] = [
    ...explicit.map(([source, value]): [ConfigSource, PortalUrlResult | undefined] => [
      source,
      value === undefined || value === "" ? undefined : parsePortalUrl(value),
    ]),
    // A bad policy value is an error to show: IT meant to set the portal and got it wrong.
    ["policy", policyPortal(inputs.managed)],
    [
      "saved",
      savedPortalUrl === undefined || savedPortalUrl === ""
        ? undefined
        : parsePortalUrl(savedPortalUrl),
    ],
  ];
  for (const [source, parsed] of candidates) {
    if (parsed === undefined) {
      continue;
    }
    // A bad explicit setting is an error to show, never a silent fall-through to another portal.
    return parsed.ok
      ? { kind: "portal", origin: parsed.origin, source }
      : { kind: "invalid", source, reason: parsed.reason };
  }
  return inputs.isPackaged ? { kind: "first-run" } : { kind: "bundled-server" };
}

/**
 * IT's "disallow changing the portal address" holds in an installed app when the policy also
 * names the portal (valid or not); a lock without an address has nothing to pin.
 */
export function isPortalUrlLocked(inputs: Pick<StartupInputs, "isPackaged" | "managed">): boolean {
  const managed = inputs.managed;
  if (!inputs.isPackaged || managed?.policy.disallowPortalUrlChange !== true) {
    return false;
  }
  return policyPortal(managed) !== undefined;
}

function policyPortal(managed: ManagedPolicyRead | undefined): PortalUrlResult | undefined {
  if (managed === undefined) {
    return undefined;
  }
  if (managed.policy.portalUrl !== undefined) {
    return { ok: true, origin: managed.policy.portalUrl };
  }
  const problem = managed.problems.find((entry) => entry.key === policyKeys.portalUrl);
  return problem === undefined
    ? undefined
    : { ok: false, reason: `${policyKeys.portalUrl}: ${problem.reason}` };
}

export function readArgument(argv: readonly string[], name: string): string | undefined {
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

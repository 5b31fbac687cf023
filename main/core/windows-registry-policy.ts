// Parses the output of `reg query HKLM\Software\Policies\Gatehouse` (what Group Policy writes
// from build/gpo/gatehouse.admx). reg.exe prints one value per line, fields separated by four
// spaces: `    PortalUrl    REG_SZ    https://portal.example.com`.
import type { PolicyProblem } from "./managed-policy.ts";
import type { RawPolicyValues } from "./mac-managed-preferences.ts";

export const windowsPolicyKey = "HKLM\\Software\\Policies\\Gatehouse";

const valueLine = /^ {4}(\S(?:.*?\S)?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;

export function parseRegQueryOutput(output: string): RawPolicyValues {
  const values: Record<string, unknown> = {};
  const problems: PolicyProblem[] = [];
  let inRootKey = false;
  for (const line of output.split(/\r?\n/)) {
    if (line.startsWith("HKEY_")) {
      // The first key printed is ours; subkeys (printed with /s) are not part of the policy.
      if (inRootKey) {
        break;
      }
      inRootKey = true;
      continue;
    }
    const match = valueLine.exec(line);
    if (match === null) {
      continue;
    }
    const [, name = "", type = "", data = ""] = match;
    const value = decodeRegistryValue(type, data);
    if (value === undefined) {
      problems.push({ key: name, reason: `the registry type ${type} is not supported here` });
    } else {
      values[name] = value;
    }
  }
  return { values, problems };
}

function decodeRegistryValue(type: string, data: string): unknown {
  switch (type) {
    case "REG_SZ":
    case "REG_EXPAND_SZ":
      return data;
    case "REG_DWORD":
    case "REG_QWORD":
      // reg.exe prints numbers in hex: 0x1
      return /^0x[0-9a-f]+$/i.test(data) ? Number.parseInt(data.slice(2), 16) : data;
    case "REG_MULTI_SZ":
      return data === "" ? [] : data.split("\\0");
    default:
      return undefined;
  }
}

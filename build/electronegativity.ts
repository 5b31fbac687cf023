// `npm run test:electronegativity`: Electronegativity (Doyensec's Electron security scanner) over
// the desktop sources, offline, failing on any high-severity finding.
//
// Offline means two things: its AvailableSecurityFixesGlobalCheck (which downloads Electron's
// release list) is excluded, and its translation loader — which fetches strings from S3 before
// every run and, with got 11 on Node 24, crashes the process on the retry timer when there is no
// network — is replaced by the same i18n set-up with only the bundled English strings.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type Finding = {
  id: string;
  severity: string;
  file: string;
  line: number;
  description: string;
};

/** The findings that fail the check; severity names are Electronegativity's own. */
export function highSeverityFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => /^(HIGH|CRITICAL)$/i.test(finding.severity));
}

type RawIssue = {
  id: string;
  severity: { name: string };
  file: string;
  location: { line: number };
  description: string;
};

export function toFindings(issues: readonly RawIssue[]): Finding[] {
  return issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    file: issue.file,
    line: issue.location.line,
    description: issue.description,
  }));
}

export async function scan(input: string): Promise<Finding[]> {
  const require = createRequire(import.meta.url);
  const i18n = require("i18n") as { configure(options: object): void; setLocale(l: string): void };
  const loader = require.resolve("@doyensec/electronegativity/dist/locales/i18n.js");
  const localeDirectory = path.dirname(loader);
  require.cache[loader] = {
    id: loader,
    filename: loader,
    loaded: true,
    exports: {
      __esModule: true,
      default: () => {
        i18n.configure({
          locales: ["en-US"],
          defaultLocale: "en-US",
          directory: localeDirectory,
          updateFiles: false,
          objectNotation: true,
          register: globalThis,
        });
        i18n.setLocale("en-US");
        return Promise.resolve();
      },
    },
  } as unknown as NodeJS.Module;
  const run = require("@doyensec/electronegativity") as (options: object) => Promise<{
    issues: RawIssue[];
    errors: unknown[];
  }>;
  const result = await run({
    input,
    excludeFromScan: ["AvailableSecurityFixesGlobalCheck"],
    isRelative: true,
    parserPlugins: [],
  });
  if (result.errors.length > 0) {
    // A file it could not parse is a file it did not check: that is a failure, not a pass.
    throw new Error(`Electronegativity could not parse: ${JSON.stringify(result.errors)}`);
  }
  return toFindings(result.issues);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  // The desktop code as shipped: main process and preload, plus package.json so the scanner
  // applies the defaults of our Electron version.
  const input = mkdtempSync(path.join(os.tmpdir(), "gatehouse-electronegativity-"));
  try {
    for (const folder of ["main", "preload"]) {
      cpSync(path.join(root, folder), path.join(input, folder), { recursive: true });
    }
    cpSync(path.join(root, "package.json"), path.join(input, "package.json"));
    const findings = await scan(input);
    for (const finding of findings) {
      console.log(
        `${finding.severity.padEnd(13)} ${finding.id} ${finding.file}:${finding.line} — ${finding.description}`,
      );
    }
    const high = highSeverityFindings(findings);
    writeFileSync(
      path.join(os.tmpdir(), "gatehouse-electronegativity.json"),
      JSON.stringify(findings, null, 2),
    );
    console.log(`Electronegativity: ${findings.length} finding(s), ${high.length} high severity.`);
    process.exitCode = high.length > 0 ? 1 : 0;
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}

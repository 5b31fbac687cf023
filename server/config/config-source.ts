// Where settings come from: GATEHOUSE_* environment variables over an optional JSON file of the
// same keys (GATEHOUSE_CONFIG). A file must hold only known keys; the environment may hold others,
// which other tools share the prefix for.
import { readFileSync } from "node:fs";
import { ConfigError } from "./config-error.ts";
import { desktopDownloadKeys } from "./desktop-downloads.ts";

export type Source = Record<string, string | undefined>;

export const configKeys = [
  "GATEHOUSE_CONFIG",
  "GATEHOUSE_MODE",
  "GATEHOUSE_HOST",
  "GATEHOUSE_PORT",
  "GATEHOUSE_PUBLIC_URL",
  "GATEHOUSE_DATABASE_URL",
  "GATEHOUSE_LOG_LEVEL",
  "GATEHOUSE_UI_DIR",
  "GATEHOUSE_TRUSTED_PROXIES",
  "GATEHOUSE_TRUST_PROXY",
  "GATEHOUSE_DRAIN_SECONDS",
  "GATEHOUSE_SIGNIN_RATE_LIMIT",
  "GATEHOUSE_API_TOKEN_RATE_LIMIT",
  "GATEHOUSE_SMTP_URL",
  "GATEHOUSE_MAIL_FROM",
  "GATEHOUSE_SECRET_KEY",
  ...Object.values(desktopDownloadKeys),
] as const;

/** The settings: the file's, overridden by the environment's. */
export function readSettings(environment: Source): Source {
  return { ...readConfigFile(environment.GATEHOUSE_CONFIG), ...definedOnly(environment) };
}

/**
 * GATEHOUSE_DATABASE_URL as the operator set it (environment or config file), or undefined when
 * it was left to the default — the admin CLI then looks for the database the server made.
 */
export function configuredDatabaseUrl(environment: Source = process.env): string | undefined {
  return readSettings(environment).GATEHOUSE_DATABASE_URL;
}

const isKnownKey = (key: string) => (configKeys as readonly string[]).includes(key);

/**
 * GATEHOUSE_* environment variables the server does not know. Other tools share the prefix (the
 * desktop app, the test suites), so these are only warned about; a config file must be exact.
 */
export function unknownEnvironmentSettings(environment: Source = process.env): string[] {
  return Object.keys(definedOnly(environment)).filter((key) => !isKnownKey(key));
}

function definedOnly(environment: Source): Source {
  return Object.fromEntries(
    Object.entries(environment).filter(
      ([key, value]) => key.startsWith("GATEHOUSE_") && value !== undefined && value !== "",
    ),
  );
}

function readConfigFile(file: string | undefined): Source {
  if (file === undefined || file === "") {
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConfigError("GATEHOUSE_CONFIG", `cannot read ${file} as JSON (${String(error)})`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError("GATEHOUSE_CONFIG", `${file} must hold a JSON object of settings`);
  }
  const entries = Object.entries(parsed).map(([key, value]): [string, string] => {
    if (!isKnownKey(key)) {
      throw new ConfigError(key, `in ${file} is not a setting (known: ${configKeys.join(", ")})`);
    }
    if (!["string", "number", "boolean"].includes(typeof value)) {
      throw new ConfigError(key, `in ${file} must be a string, number or boolean`);
    }
    return [key, String(value)];
  });
  return Object.fromEntries(entries);
}

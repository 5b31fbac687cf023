// Server configuration from environment variables (and an optional JSON file of the same keys),
// validated once at start-up with an error that names the bad key.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  desktopDownloadKeys,
  parseDesktopDownloads,
  type DesktopDownload,
} from "./desktop-downloads.ts";
import { everyPeer, parseTrustedProxies, type TrustedProxies } from "./trusted-proxies.ts";

export type Mode = "production" | "development" | "demo";
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

export type DatabaseConfig =
  | { dialect: "sqlite"; path: string } // ":memory:" for a throwaway database
  | { dialect: "postgres"; url: string };

export type ServerConfig = {
  mode: Mode;
  host: string;
  port: number;
  /** The origin users reach us at; links and the CSRF origin check use it, never the Host header. */
  publicUrl: string | undefined;
  database: DatabaseConfig;
  logLevel: LogLevel;
  uiDirectory: string;
  /** Peers whose X-Forwarded-For names the client (the load balancer); empty: none. */
  trustedProxies: TrustedProxies;
  /**
   * On SIGTERM, how long the instance keeps serving while /readyz says 503, so the load
   * balancer takes it out of rotation before it stops accepting connections.
   */
  drainSeconds: number;
  /** Sign-in, re-verify and reset requests allowed per client IP per minute. */
  signInRateLimitPerMinute: number;
  /** smtp:// or smtps:// URL of the mail relay; without one, mail goes to the outbox table. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /**
   * AES-256-GCM key that seals TOTP secrets at rest (32 bytes). Production refuses to start
   * without one; demo and development generate one and keep it in the database instead.
   */
  secretKey: Buffer | undefined;
  /** Download links of the desktop app that Security shows, per OS. */
  desktopDownloads: DesktopDownload[];
};

export class ConfigError extends Error {
  readonly key: string;

  constructor(key: string, message: string) {
    super(`${key}: ${message}`);
    this.name = "ConfigError";
    this.key = key;
  }
}

type Source = Record<string, string | undefined>;

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

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
  "GATEHOUSE_SMTP_URL",
  "GATEHOUSE_MAIL_FROM",
  "GATEHOUSE_SECRET_KEY",
  ...Object.values(desktopDownloadKeys),
] as const;

/** Reads and validates configuration; throws ConfigError naming the first bad key. */
export function loadConfig(environment: Source = process.env): ServerConfig {
  const source = { ...readConfigFile(environment.GATEHOUSE_CONFIG), ...definedOnly(environment) };
  const mode = parseChoice(
    source,
    "GATEHOUSE_MODE",
    ["production", "development", "demo"],
    "production",
  );
  const host = parseHost(source, mode);
  const port = parsePort(source);
  return {
    mode,
    host,
    port,
    publicUrl: parsePublicUrl(source),
    database: parseDatabase(source),
    logLevel: parseChoice(
      source,
      "GATEHOUSE_LOG_LEVEL",
      ["fatal", "error", "warn", "info", "debug", "trace", "silent"],
      "info",
    ),
    uiDirectory: path.resolve(source.GATEHOUSE_UI_DIR ?? path.join(packageRoot, "out/renderer")),
    trustedProxies: parseProxies(source),
    // Long enough for a load balancer's health checks; a desktop or demo server has none.
    drainSeconds: parseWholeNumber(
      source,
      "GATEHOUSE_DRAIN_SECONDS",
      mode === "production" ? 5 : 0,
      0,
      300,
    ),
    signInRateLimitPerMinute: parseWholeNumber(
      source,
      "GATEHOUSE_SIGNIN_RATE_LIMIT",
      30,
      1,
      100_000,
    ),
    smtpUrl: parseSmtpUrl(source),
    mailFrom: source.GATEHOUSE_MAIL_FROM ?? "Gatehouse <no-reply@localhost>",
    secretKey: parseSecretKey(source),
    desktopDownloads: readDesktopDownloads(source),
  };
}

/**
 * GATEHOUSE_DATABASE_URL as the operator set it (environment or config file), or undefined when
 * it was left to the default — the admin CLI then looks for the database the server made.
 */
export function configuredDatabaseUrl(environment: Source = process.env): string | undefined {
  const source = { ...readConfigFile(environment.GATEHOUSE_CONFIG), ...definedOnly(environment) };
  return source.GATEHOUSE_DATABASE_URL;
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

function parseChoice<T extends string>(
  source: Source,
  key: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = source[key];
  if (value === undefined) {
    return fallback;
  }
  if (!(choices as readonly string[]).includes(value)) {
    throw new ConfigError(key, `must be one of ${choices.join(", ")} (got "${value}")`);
  }
  return value as T;
}

function parseBoolean(source: Source, key: string, fallback: boolean): boolean {
  const value = source[key];
  if (value === undefined) {
    return fallback;
  }
  if (value === "true" || value === "1") {
    return true;
  }
  if (value === "false" || value === "0") {
    return false;
  }
  throw new ConfigError(key, `must be true or false (got "${value}")`);
}

/**
 * GATEHOUSE_TRUSTED_PROXIES (addresses and CIDR ranges); GATEHOUSE_TRUST_PROXY=true|false, from
 * before the list, still reads as every peer or none.
 */
function parseProxies(source: Source): TrustedProxies {
  const list = source.GATEHOUSE_TRUSTED_PROXIES;
  if (list !== undefined && source.GATEHOUSE_TRUST_PROXY !== undefined) {
    throw new ConfigError(
      "GATEHOUSE_TRUST_PROXY",
      "set GATEHOUSE_TRUSTED_PROXIES alone (GATEHOUSE_TRUST_PROXY is its older, all-or-nothing form)",
    );
  }
  if (list === undefined) {
    return parseBoolean(source, "GATEHOUSE_TRUST_PROXY", false) ? everyPeer : [];
  }
  const parsed = parseTrustedProxies(list);
  if (!parsed.ok) {
    throw new ConfigError("GATEHOUSE_TRUSTED_PROXIES", parsed.reason);
  }
  return parsed.proxies;
}

function parseSmtpUrl(source: Source): string | undefined {
  const value = source.GATEHOUSE_SMTP_URL;
  if (value === undefined) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // The value may hold a password: name the key, never echo it.
    throw new ConfigError("GATEHOUSE_SMTP_URL", "must be an smtp:// or smtps:// URL");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new ConfigError("GATEHOUSE_SMTP_URL", "must be an smtp:// or smtps:// URL");
  }
  return value;
}

function parseSecretKey(source: Source): Buffer | undefined {
  const value = source.GATEHOUSE_SECRET_KEY;
  if (value === undefined) {
    return undefined;
  }
  const key = Buffer.from(value, "base64");
  // A secret: the message names the key and the expected shape, never the value.
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value) || key.length !== 32) {
    throw new ConfigError(
      "GATEHOUSE_SECRET_KEY",
      "must be 32 random bytes in base64 (e.g. from `openssl rand -base64 32`)",
    );
  }
  return key;
}

/** Production seals TOTP secrets only under a key the operator keeps outside the database. */
export function assertSecretKeyConfigured(config: Pick<ServerConfig, "mode" | "secretKey">): void {
  if (config.mode === "production" && config.secretKey === undefined) {
    throw new ConfigError(
      "GATEHOUSE_SECRET_KEY",
      "is required in production mode: set it to 32 random bytes in base64 (openssl rand -base64 32)",
    );
  }
}

function parseWholeNumber(
  source: Source,
  key: string,
  fallback: number,
  minimum: number,
  maximum: number,
): number {
  const value = source[key];
  if (value === undefined) {
    return fallback;
  }
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < minimum || number > maximum) {
    throw new ConfigError(
      key,
      `must be a whole number from ${minimum} to ${maximum} (got "${value}")`,
    );
  }
  return number;
}

function parsePort(source: Source): number {
  const value = source.GATEHOUSE_PORT ?? "8080";
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new ConfigError(
      "GATEHOUSE_PORT",
      `must be a whole number from 0 to 65535 (got "${value}")`,
    );
  }
  return port;
}

const loopbackHosts = new Set(["localhost", "127.0.0.1", "::1"]);

function parseHost(source: Source, mode: Mode): string {
  const host = source.GATEHOUSE_HOST ?? "localhost";
  if (mode === "demo" && !loopbackHosts.has(host)) {
    // Demo data has published passwords: it must never be reachable from another machine.
    throw new ConfigError("GATEHOUSE_HOST", `demo mode only listens on localhost (got "${host}")`);
  }
  return host;
}

function parsePublicUrl(source: Source): string | undefined {
  const value = source.GATEHOUSE_PUBLIC_URL;
  if (value === undefined) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError("GATEHOUSE_PUBLIC_URL", `must be an absolute URL (got "${value}")`);
  }
  // WebAuthn and Secure cookies need a secure context: https, or plain http on localhost only
  // (an IP address is not a valid WebAuthn RP ID).
  const localHttp = url.protocol === "http:" && url.hostname === "localhost";
  if (url.protocol !== "https:" && !localHttp) {
    throw new ConfigError(
      "GATEHOUSE_PUBLIC_URL",
      `must use https:// (http:// is allowed only for localhost) (got "${value}")`,
    );
  }
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "" || url.username !== "") {
    throw new ConfigError(
      "GATEHOUSE_PUBLIC_URL",
      `must be an origin with no path (got "${value}")`,
    );
  }
  return url.origin;
}

function parseDatabase(source: Source): DatabaseConfig {
  const value = source.GATEHOUSE_DATABASE_URL ?? "sqlite:data/gatehouse.db";
  if (value.startsWith("sqlite:")) {
    const file = value.slice("sqlite:".length);
    if (file === "") {
      throw new ConfigError("GATEHOUSE_DATABASE_URL", "sqlite: needs a file path, or :memory:");
    }
    return { dialect: "sqlite", path: file === ":memory:" ? file : path.resolve(file) };
  }
  if (value.startsWith("postgres://") || value.startsWith("postgresql://")) {
    return { dialect: "postgres", url: value };
  }
  throw new ConfigError(
    "GATEHOUSE_DATABASE_URL",
    "must start with sqlite: (e.g. sqlite:data/gatehouse.db) or postgres://",
  );
}

function readDesktopDownloads(source: Source): DesktopDownload[] {
  const parsed = parseDesktopDownloads(source);
  if (!parsed.ok) {
    throw new ConfigError(parsed.key, parsed.reason);
  }
  return parsed.downloads;
}

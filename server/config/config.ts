// Server configuration from environment variables (and an optional JSON file of the same keys,
// config-source.ts), validated once at start-up with an error that names the bad key
// (settings.ts parses each kind of value).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "./config-error.ts";
import { readSettings, type Source } from "./config-source.ts";
import type { DesktopDownload } from "./desktop-downloads.ts";
import type { TrustedProxies } from "./trusted-proxies.ts";
import {
  type DatabaseConfig,
  type Mode,
  parseChoice,
  parseDatabase,
  parseHost,
  parsePort,
  parseProxies,
  parsePublicUrl,
  parseSecretKey,
  parseSmtpUrl,
  parseWholeNumber,
  readDesktopDownloads,
} from "./settings.ts";

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

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
  /** Requests one API token may make per minute (docs/api.md). */
  apiTokenRateLimitPerMinute: number;
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

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Reads and validates configuration; throws ConfigError naming the first bad key. */
export function loadConfig(environment: Source = process.env): ServerConfig {
  const source = readSettings(environment);
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
    apiTokenRateLimitPerMinute: parseWholeNumber(
      source,
      "GATEHOUSE_API_TOKEN_RATE_LIMIT",
      600,
      1,
      100_000,
    ),
    smtpUrl: parseSmtpUrl(source),
    mailFrom: source.GATEHOUSE_MAIL_FROM ?? "Gatehouse <no-reply@localhost>",
    secretKey: parseSecretKey(source),
    desktopDownloads: readDesktopDownloads(source),
  };
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

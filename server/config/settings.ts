// One parser per kind of setting: each returns the value or its default, or throws a ConfigError
// that names the key and says what it must be.
import path from "node:path";
import { ConfigError } from "./config-error.ts";
import type { Source } from "./config-source.ts";
import { parseDesktopDownloads, type DesktopDownload } from "./desktop-downloads.ts";
import { everyPeer, parseTrustedProxies, type TrustedProxies } from "./trusted-proxies.ts";

export type Mode = "production" | "development" | "demo";

export type DatabaseConfig =
  | { dialect: "sqlite"; path: string } // ":memory:" for a throwaway database
  | { dialect: "postgres"; url: string };

export function parseChoice<T extends string>(
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

export function parseBoolean(source: Source, key: string, fallback: boolean): boolean {
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
export function parseProxies(source: Source): TrustedProxies {
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

export function parseSmtpUrl(source: Source): string | undefined {
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

export function parseSecretKey(source: Source): Buffer | undefined {
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

export function parseWholeNumber(
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

export function parsePort(source: Source): number {
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

export function parseHost(source: Source, mode: Mode): string {
  const host = source.GATEHOUSE_HOST ?? "localhost";
  if (mode === "demo" && !loopbackHosts.has(host)) {
    // Demo data has published passwords: it must never be reachable from another machine.
    throw new ConfigError("GATEHOUSE_HOST", `demo mode only listens on localhost (got "${host}")`);
  }
  return host;
}

export function parsePublicUrl(source: Source): string | undefined {
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

export function parseDatabase(source: Source): DatabaseConfig {
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

export function readDesktopDownloads(source: Source): DesktopDownload[] {
  const parsed = parseDesktopDownloads(source);
  if (!parsed.ok) {
    throw new ConfigError(parsed.key, parsed.reason);
  }
  return parsed.downloads;
}

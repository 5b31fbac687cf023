// Boundary checks of the app catalog: URLs an app registers (absolute https:, or http://localhost
// for development), exact-match redirect URIs (no wildcards, no normalization surprises) and the
// shape of each app kind. Pure functions; expected problems come back as values.
import { maxIconBytes, maxUrlLength, supportedScopes, type IconType } from "../lib/limits.ts";

/** Why a value was refused, as data the console words (renderer/features/admin/app-form-messages.ts). */
export type AppProblem =
  | "url_length"
  | "wildcard"
  | "not_absolute_url"
  | "not_https"
  | "url_credentials"
  | "url_fragment"
  | "not_canonical"
  | "not_base64"
  | "icon_size"
  | "icon_type"
  | "scopes";

export type UrlCheck = { ok: true; url: string } | { ok: false; problem: string; why: AppProblem };

/**
 * An absolute URL an app registers. It must already be in its canonical form (what the WHATWG
 * URL parser prints), so that the string compared later is the string the admin saw: redirect
 * URIs are matched by exact string comparison (RFC 6749 §3.1.2.2, OAuth 2.0 Security BCP
 * RFC 9700 §4.1.3).
 */
export function checkAppUrl(raw: string): UrlCheck {
  if (raw.length === 0 || raw.length > maxUrlLength) {
    return {
      ok: false,
      problem: `must be 1 to ${maxUrlLength} characters long`,
      why: "url_length",
    };
  }
  if (raw.includes("*")) {
    return { ok: false, problem: "must not contain wildcards", why: "wildcard" };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: "must be an absolute URL", why: "not_absolute_url" };
  }
  const localhost = url.protocol === "http:" && url.hostname === "localhost";
  if (url.protocol !== "https:" && !localhost) {
    return {
      ok: false,
      problem: "must use https: (or http://localhost for development)",
      why: "not_https",
    };
  }
  if (url.username !== "" || url.password !== "") {
    return {
      ok: false,
      problem: "must not contain a user name or password",
      why: "url_credentials",
    };
  }
  // RFC 6749 §3.1.2: the redirection endpoint URI must not include a fragment component.
  if (url.hash !== "" || raw.includes("#")) {
    return { ok: false, problem: "must not contain a fragment (#…)", why: "url_fragment" };
  }
  if (url.href !== raw) {
    return {
      ok: false,
      problem: `must be written in canonical form: ${url.href}`,
      why: "not_canonical",
    };
  }
  return { ok: true, url: url.href };
}

export type IconCheck =
  { ok: true; type: IconType; base64: string } | { ok: false; problem: string; why: AppProblem };

/** An uploaded icon: PNG, JPEG or WebP by its magic bytes (not the declared type), ≤ 64 KiB. */
export function checkIcon(declaredType: string, base64: string): IconCheck {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) {
    return { ok: false, problem: "must be base64", why: "not_base64" };
  }
  const bytes = Buffer.from(base64, "base64");
  if (bytes.length === 0 || bytes.length > maxIconBytes) {
    return {
      ok: false,
      problem: `must be an image of at most ${maxIconBytes / 1024} KiB`,
      why: "icon_size",
    };
  }
  const type = sniffImageType(bytes);
  if (type === undefined || type !== declaredType) {
    return {
      ok: false,
      problem: "must be a PNG, JPEG or WebP image of the declared type",
      why: "icon_type",
    };
  }
  return { ok: true, type, base64: bytes.toString("base64") };
}

function sniffImageType(bytes: Buffer): IconType | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return "image/png";
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return "image/jpeg";
  }
  if (
    bytes.subarray(0, 4).toString("latin1") === "RIFF" &&
    bytes.subarray(8, 12).toString("latin1") === "WEBP"
  ) {
    return "image/webp";
  }
  return undefined;
}

export function checkScopes(
  scopes: string,
): { ok: true } | { ok: false; problem: string; why: AppProblem } {
  const list = scopes.split(" ");
  if (!list.includes("openid")) {
    return { ok: false, problem: "must include openid", why: "scopes" };
  }
  const unknown = list.filter((scope) => !(supportedScopes as readonly string[]).includes(scope));
  return unknown.length === 0
    ? { ok: true }
    : { ok: false, problem: `has unsupported scopes: ${unknown.join(", ")}`, why: "scopes" };
}

// What a failed page load means for the user (webContents 'did-fail-load'): only a failed load
// of the portal itself in the main frame counts; aborted navigations (a redirect or a newer
// navigation replacing this one) are not failures. Error codes are Chromium's net errors
// (net/base/net_error_list.h), which Electron reports unchanged.
import type { Message } from "../../locales/define-messages.ts";
import { pageMessages as m } from "./desktop-messages.ts";

export type LoadFailure = {
  errorCode: number;
  errorDescription: string;
  validatedUrl: string;
  isMainFrame: boolean;
};

export type LoadFailureVerdict = { kind: "ignore" } | { kind: "unreachable"; problem: Message };

/** net::ERR_ABORTED: the navigation was replaced or cancelled, nothing failed. */
const aborted = -3;

export function classifyLoadFailure(
  failure: LoadFailure,
  portalOrigin: string | undefined,
): LoadFailureVerdict {
  if (!failure.isMainFrame || failure.errorCode === aborted || portalOrigin === undefined) {
    return { kind: "ignore" };
  }
  let origin: string;
  try {
    origin = new URL(failure.validatedUrl).origin;
  } catch {
    return { kind: "ignore" };
  }
  if (origin !== portalOrigin) {
    return { kind: "ignore" };
  }
  return { kind: "unreachable", problem: describeNetError(failure.errorDescription) };
}

/** A sentence a person understands for the net error name Chromium gives. */
export function describeNetError(name: string): Message {
  if (/INTERNET_DISCONNECTED|NETWORK_CHANGED|NETWORK_ACCESS_DENIED/.test(name)) {
    return m.netOffline;
  }
  if (/NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|ADDRESS_UNREACHABLE/.test(name)) {
    return m.netNotFound;
  }
  if (/CERT_|SSL_/.test(name)) {
    return m.netCertificate;
  }
  if (/PROXY|TUNNEL/.test(name)) {
    return m.netProxy;
  }
  if (/TIMED_OUT|CONNECTION_(REFUSED|RESET|CLOSED|FAILED)|EMPTY_RESPONSE/.test(name)) {
    return m.netNoAnswer;
  }
  return m.netOther;
}

// What a failed page load means for the user (webContents 'did-fail-load'): only a failed load
// of the portal itself in the main frame counts; aborted navigations (a redirect or a newer
// navigation replacing this one) are not failures. Error codes are Chromium's net errors
// (net/base/net_error_list.h), which Electron reports unchanged.

export type LoadFailure = {
  errorCode: number;
  errorDescription: string;
  validatedUrl: string;
  isMainFrame: boolean;
};

export type LoadFailureVerdict = { kind: "ignore" } | { kind: "unreachable"; problem: string };

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
export function describeNetError(name: string): string {
  if (/INTERNET_DISCONNECTED|NETWORK_CHANGED|NETWORK_ACCESS_DENIED/.test(name)) {
    return "This computer is not connected to a network.";
  }
  if (/NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|ADDRESS_UNREACHABLE/.test(name)) {
    return "The portal's address could not be found. If your organization uses a VPN, connect to it.";
  }
  if (/CERT_|SSL_/.test(name)) {
    return "The portal's security certificate is not trusted by this computer. Contact your IT administrator.";
  }
  if (/PROXY|TUNNEL/.test(name)) {
    return "The network's proxy did not let the connection through.";
  }
  if (/TIMED_OUT|CONNECTION_(REFUSED|RESET|CLOSED|FAILED)|EMPTY_RESPONSE/.test(name)) {
    return "The portal did not answer.";
  }
  return "The portal could not be loaded.";
}

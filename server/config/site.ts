// Where users reach the portal, resolved once at start-up (docs/design.md §4): the configured
// GATEHOUSE_PUBLIC_URL, or http://localhost:<port>. With GATEHOUSE_PORT=0 the OS picks the port
// at listen, and nobody can reach the server before it has one, so that origin is read from the
// listening socket on first use and then kept.
import type { ServerConfig } from "./config.ts";

export type Site = {
  /** The origin links, redirects, the CSRF check, WebAuthn and the SSO issuers are built on. */
  readonly origin: string;
  /** Served over HTTPS: Secure cookies with the __Host- prefix, HSTS, upgrade-insecure-requests. */
  readonly https: boolean;
};

export function resolveSite(
  config: Pick<ServerConfig, "publicUrl" | "port">,
  listeningPort: () => number | undefined,
): Site {
  if (config.publicUrl !== undefined) {
    return { origin: config.publicUrl, https: config.publicUrl.startsWith("https:") };
  }
  let bound: string | undefined;
  return {
    get origin() {
      if (bound === undefined) {
        const port = listeningPort();
        if (port === undefined) {
          return `http://localhost:${config.port}`; // not listening (yet): the configured port
        }
        bound = `http://localhost:${port}`;
      }
      return bound;
    },
    https: false,
  };
}

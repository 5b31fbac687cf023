// Which client address a request has (docs/admin.md, "Several instances"): the peer's own, or —
// when the peer is a trusted proxy — the one its X-Forwarded-For names. Says so in the log when
// requests come through a proxy that is not trusted (every client behind it would share one
// address for rate limits, lockout notices and the audit log), and at start-up when every peer
// is trusted (GATEHOUSE_TRUST_PROXY=true, which lets anyone who reaches the server choose it).
import type { FastifyInstance } from "fastify";
import { everyPeer, isTrustedProxy, type TrustedProxies } from "../config/trusted-proxies.ts";

/** Distinct untrusted proxies warned about, at most: the log stays readable under any traffic. */
const maxWarnedPeers = 16;

/** Fastify's `trustProxy` option: the peer (hop 0 is the socket's) may speak for the client. */
export function proxyTrust(trusted: TrustedProxies): (address: string, hop: number) => boolean {
  const trusts = isTrustedProxy(trusted);
  return (address) => trusts(address);
}

export function registerProxyTrustWarnings(app: FastifyInstance, trusted: TrustedProxies): void {
  const trusts = isTrustedProxy(trusted);
  if (trusted.length > 0 && everyPeer.every((range) => trusted.includes(range))) {
    app.log.warn(
      "X-Forwarded-For is trusted from every peer (GATEHOUSE_TRUST_PROXY=true): anyone who reaches this server directly can choose the address rate limits and the audit log see. List your load balancer in GATEHOUSE_TRUSTED_PROXIES instead.",
    );
  }
  const warned = new Set<string>();
  app.addHook("onRequest", (request, _reply, done) => {
    const peer = request.socket.remoteAddress ?? "";
    if (
      request.headers["x-forwarded-for"] !== undefined &&
      !trusts(peer) &&
      !warned.has(peer) &&
      warned.size < maxWarnedPeers
    ) {
      warned.add(peer);
      request.log.warn(
        { peer },
        `Requests arrive from ${peer} with X-Forwarded-For, but GATEHOUSE_TRUSTED_PROXIES does not list it: every client behind it shares its address for rate limits and the audit log. If ${peer} is your load balancer, add it to GATEHOUSE_TRUSTED_PROXIES.`,
      );
    }
    done();
  });
}

// Mounts the OpenID Provider (a Koa app) under /oidc in Fastify: the request is handed over raw,
// with its body unread (the OP parses its own form posts), and X-Forwarded-Host/Proto pinned to
// the configured public origin so every URL the OP writes starts there, never at a Host header.
import type { IncomingMessage } from "node:http";
import type { FastifyReply, FastifyRequest } from "fastify";
import { logProviderErrors } from "../../oidc/oidc-error-log.ts";
import { oidcMountPath } from "../../oidc/oidc-paths.ts";
import { hijackWithHeaders } from "../../plugins/security-headers.ts";
import type { RouteModule } from "../route-module.ts";

type Callback = (request: IncomingMessage, response: FastifyReply["raw"]) => unknown;

// Expired codes, sessions and interactions are swept by a background job (app.ts).
export const oidcProviderRoutes: RouteModule = async (app, { site, sso }) => {
  let callback: Callback | undefined;
  let callbackOf: unknown;
  // The origin is known from listen on (config/site.ts), so it is parsed on the first request.
  let forwarded: { origin: string; host: string; proto: string } | undefined;
  const handle = async (request: FastifyRequest, reply: FastifyReply) => {
    const provider = await sso.provider();
    if (callbackOf !== provider) {
      logProviderErrors(provider, app.log);
      callback = provider.callback();
      callbackOf = provider;
    }
    const raw = request.raw as IncomingMessage & { originalUrl?: string };
    const url = raw.url ?? oidcMountPath;
    raw.originalUrl = url;
    raw.url = url.slice(oidcMountPath.length) || "/";
    if (forwarded?.origin !== site.origin) {
      const origin = new URL(site.origin);
      forwarded = { origin: site.origin, host: origin.host, proto: origin.protocol.slice(0, -1) };
    }
    raw.headers["x-forwarded-host"] = forwarded.host;
    raw.headers["x-forwarded-proto"] = forwarded.proto;
    hijackWithHeaders(reply);
    await callback?.(raw, reply.raw);
  };
  await app.register((scope, _options, done) => {
    // Leave the body stream to the OP: a parser that reads nothing.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", (_request, _payload, parsed) => parsed(null, undefined));
    // The OP's endpoints take posts from other sites by their standard (the token endpoint from
    // an app's server, form_post from its pages): the only routes outside the CSRF rule.
    const protocol = { config: { csrf: "cross-site" as const } };
    scope.all(oidcMountPath, protocol, handle);
    scope.all(`${oidcMountPath}/*`, protocol, handle);
    done();
  });
};

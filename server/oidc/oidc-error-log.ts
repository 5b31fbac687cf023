// The OpenID Provider's own failures (its "server_error" event: a 500 it answered itself) in our
// log. Only what locates the fault — route, method, path without query, the error's name, code,
// message and stack — never the query, the body, headers or the error's other fields, which can
// hold codes, tokens, client secrets or (PostgreSQL's `detail`) the values of a row.
import type { FastifyBaseLogger } from "fastify";
import type Provider from "oidc-provider";

export function logProviderErrors(provider: Provider, log: FastifyBaseLogger): void {
  provider.on("server_error", (ctx: { path: string; method: string }, error: unknown) => {
    const { name, message, stack, code } = (error ?? {}) as Partial<Error> & { code?: unknown };
    log.error(
      {
        oidc: { method: ctx.method, path: ctx.path },
        error: { name, message, code: typeof code === "string" ? code : undefined, stack },
      },
      "OpenID Provider failed",
    );
  });
}

// Serves the built portal (renderer/) from the server origin, with a fallback to index.html for
// the portal's own routes. Hashed assets are cached forever and sent as the brotli or gzip copy
// the build wrote beside them (scripts/precompress.ts) when the browser accepts it; pages are
// never stored, since some show a secret once (recovery codes, the TOTP key, a connect key, a
// client secret) and a stored page would bring it back from the back/forward cache.
import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";
import { isApiPath, isScimPath } from "./api-path.ts";

export async function registerPortalUi(app: FastifyInstance, uiDirectory: string): Promise<void> {
  const built = existsSync(path.join(uiDirectory, "index.html"));
  if (built) {
    await app.register(fastifyStatic, {
      root: uiDirectory,
      wildcard: false,
      index: false,
      // Content negotiation on Accept-Encoding; the plugin adds `Vary: accept-encoding`.
      preCompressed: true,
      setHeaders: (reply, sent) => {
        // `sent` is the file on disk, which may be the .br or .gz copy of the one asked for.
        const file = sent.replace(/\.(br|gz)$/, "");
        const immutable = file.includes(`${path.sep}assets${path.sep}`);
        reply.header(
          "cache-control",
          immutable ? "public, max-age=31536000, immutable" : pageCaching(file),
        );
      },
    });
  } else {
    app.log.warn({ uiDirectory }, "portal UI is not built; run `npm run build`");
  }

  app.setNotFoundHandler(async (request, reply) => {
    const isPage =
      request.method === "GET" &&
      !isApiPath(request.url) &&
      !isScimPath(request.url) &&
      !request.url.startsWith("/assets/");
    if (!isPage) {
      throw new AppError("NOT_FOUND", "Nothing is here.");
    }
    if (!built) {
      return reply
        .status(503)
        .type("text/plain")
        .send("The Gatehouse portal is not built yet. Run `npm run build` and reload.");
    }
    return reply.header("cache-control", "no-store").sendFile("index.html");
  });
}

function pageCaching(file: string): string {
  return file.endsWith(".html") ? "no-store" : "no-cache";
}

// CSRF defence (docs/design.md §5): a state-changing API request must come from our own origin and
// carry a JSON body. SameSite=Lax alone does not cover same-site attackers or old browsers.
import type { FastifyInstance } from "fastify";
import type { Site } from "../config/site.ts";
import { AppError } from "../errors.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export function registerCsrfProtection(app: FastifyInstance, site: Site): void {
  app.addHook("onRequest", (request, _reply, done) => {
    if (safeMethods.has(request.method) || !request.url.startsWith("/api/")) {
      done();
      return;
    }
    if (request.headers.origin !== site.origin) {
      done(
        new AppError(
          "CSRF_ORIGIN_MISMATCH",
          "This request did not come from the portal. Reload the page and try again.",
        ),
      );
      return;
    }
    const contentType = request.headers["content-type"] ?? "";
    if (!/^application\/json\s*(;|$)/i.test(contentType)) {
      done(new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json."));
      return;
    }
    done();
  });
}

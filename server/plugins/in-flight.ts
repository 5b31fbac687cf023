// Graceful shutdown (docs/design.md §8: instances drain on SIGTERM): app.close() stops accepting and
// then resolves only once every request that reached a handler has finished — also one whose
// client went away meanwhile — so the database pool is closed after the last query, never under
// it. Registered before every other hook, so each request that is counted is also uncounted.
import type { FastifyInstance, FastifyRequest } from "fastify";

declare module "fastify" {
  interface FastifyRequest {
    /** Counted in flight (in-flight.ts) and not yet uncounted. */
    inFlight: boolean;
  }
}

export function registerInFlightTracking(app: FastifyInstance): void {
  // A count and a mark on each request, not a Set of the requests: V8 rebuilds a Set's table
  // every few dozen additions, in the old generation once the Set lives there, and a table it
  // leaves behind still points to the requests it held; young-generation collections keep those
  // alive until the next full one (docs/architecture.md, "Memory on the request path").
  let inFlight = 0;
  let drained: (() => void) | undefined;
  app.decorateRequest("inFlight", false);

  app.addHook("onRequest", (request, _reply, done) => {
    request.inFlight = true;
    inFlight += 1;
    done();
  });
  const finished = (request: FastifyRequest) => {
    if (!request.inFlight) {
      return; // already uncounted: onSend came first
    }
    request.inFlight = false;
    inFlight -= 1;
    if (inFlight === 0) {
      drained?.();
    }
  };
  // onSend: the handler is done (the client may be gone, so the answer is never written);
  // onResponse: the answer was written, hijacked ones (the OpenID Provider's) included.
  app.addHook("onSend", (request, _reply, payload, done) => {
    finished(request);
    done(null, payload);
  });
  app.addHook("onResponse", (request, _reply, done) => {
    finished(request);
    done();
  });
  // preClose runs before Fastify stops listening; onClose after, once connections are done.
  app.addHook("preClose", (done) => {
    if (inFlight > 0) {
      app.log.info({ inFlight }, "finishing requests in flight before closing");
    }
    done();
  });
  app.addHook("onClose", () =>
    inFlight === 0
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          drained = resolve;
        }),
  );
}

// Graceful shutdown (docs/design.md §8: instances drain on SIGTERM): app.close() stops accepting and
// then resolves only once every request that reached a handler has finished — also one whose
// client went away meanwhile — so the database pool is closed after the last query, never under
// it. Registered before every other hook, so each request that is counted is also uncounted.
import type { FastifyInstance, FastifyRequest } from "fastify";

export function registerInFlightTracking(app: FastifyInstance): void {
  const inFlight = new Set<FastifyRequest>();
  let drained: (() => void) | undefined;

  app.addHook("onRequest", (request, _reply, done) => {
    inFlight.add(request);
    done();
  });
  const finished = (request: FastifyRequest) => {
    inFlight.delete(request);
    if (inFlight.size === 0) {
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
    if (inFlight.size > 0) {
      app.log.info({ inFlight: inFlight.size }, "finishing requests in flight before closing");
    }
    done();
  });
  app.addHook("onClose", () =>
    inFlight.size === 0
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          drained = resolve;
        }),
  );
}

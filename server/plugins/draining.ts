// Draining (docs/admin.md, "Draining"): on SIGTERM an instance first says it is not ready —
// /readyz answers 503 while everything else is still served — so the load balancer takes it out
// of rotation; then app.close() stops accepting, finishes what is in flight (in-flight.ts) and
// the pool closes. A request that still arrives on an open keep-alive connection once closing
// has begun gets our coded 503 with Connection: close, not Fastify's own body.
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";

export type Readiness = {
  /** Set when the instance drains: /readyz answers 503 from then on. */
  draining: boolean;
  /** Settles once /readyz has first said ready (server.ts starts its warm-up then). */
  firstReady: Promise<void>;
  answeredReady(): void;
};

declare module "fastify" {
  interface FastifyInstance {
    readiness: Readiness;
  }
}

/** Needs Fastify's `return503OnClosing: false`, so this hook answers instead. */
export function registerDraining(app: FastifyInstance): void {
  const firstReady = Promise.withResolvers<void>();
  app.decorate("readiness", {
    draining: false,
    firstReady: firstReady.promise,
    answeredReady: () => firstReady.resolve(),
  });
  let closing = false;
  app.addHook("preClose", (done) => {
    closing = true;
    app.readiness.draining = true;
    done();
  });
  // Fastify closes the idle keep-alive connections once, when closing begins; a connection busy
  // then turns idle after its last answer and would hold the server open until the client's
  // keep-alive timeout. Close it then — unless another request already waits on it (that one
  // gets the coded 503 below).
  app.addHook("onResponse", (_request, _reply, done) => {
    if (closing) {
      setImmediate(() => app.server.closeIdleConnections());
    }
    done();
  });
  app.addHook("onRequest", (_request, reply, done) => {
    if (!closing) {
      done();
      return;
    }
    reply.header("connection", "close");
    done(
      new AppError(
        "SERVICE_UNAVAILABLE",
        "This Gatehouse server is restarting. Try again in a moment.",
      ),
    );
  });
}

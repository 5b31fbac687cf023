// The signal that tells long polls (the push approval waits) the server is closing: aborted in
// preClose, before the drain (plugins/draining.ts), so a waiting request answers at once.
import type { FastifyInstance } from "fastify";

export function closingSignal(app: FastifyInstance): AbortSignal {
  const closing = new AbortController();
  app.addHook("preClose", (done) => {
    closing.abort();
    done();
  });
  return closing.signal;
}

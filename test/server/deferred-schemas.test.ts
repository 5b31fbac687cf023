// Route schemas compiled on first use (server/plugins/deferred-schema-compilers.ts) answer exactly
// as Fastify's own compilers do, and every schema of every registered route compiles.
import Fastify, { type FastifyInstance } from "fastify";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deferredSchemaCompilers } from "../../server/plugins/deferred-schema-compilers.ts";
import { IdentifyBody } from "../../server/schemas/auth.ts";
import { Me } from "../../server/schemas/me.ts";
import { dialects } from "../fixtures/databases.ts";
import { startTestServer } from "../fixtures/test-server.ts";

/** One route that validates its body and serializes its answer, echoing what it was sent. */
function echoApp(compilers?: ReturnType<typeof deferredSchemaCompilers>): FastifyInstance {
  const app = Fastify(
    compilers === undefined
      ? {}
      : { schemaController: { compilersFactory: compilers.compilersFactory } },
  );
  app.post(
    "/echo",
    { schema: { body: IdentifyBody, response: { 200: Me } } },
    (request) => request.body,
  );
  return app;
}

describe("route schemas compiled on first use", () => {
  const deferred = deferredSchemaCompilers();
  const fastifys = echoApp();
  const ours = echoApp(deferred);
  beforeAll(async () => {
    await Promise.all([fastifys.ready(), ours.ready()]);
  });
  afterAll(async () => {
    await Promise.all([fastifys.close(), ours.close()]);
  });

  it("compile nothing before the first request", () => {
    // The body validator and the response serializer.
    expect(deferred.pendingCount()).toBe(2);
  });

  it("accept, refuse and serialize every body as Fastify's own compilers do", async () => {
    const body = fc.oneof(
      fc.record(
        {
          email: fc.oneof(fc.emailAddress(), fc.string()),
          portal: fc.constantFrom("user", "admin", "root", 1),
          extra: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(body, async (sent) => {
        const request = {
          method: "POST" as const,
          url: "/echo",
          headers: { "content-type": "application/json" },
          payload: JSON.stringify(sent) ?? "null",
        };
        const [expected, actual] = await Promise.all([
          fastifys.inject(request),
          ours.inject(request),
        ]);
        expect(actual.statusCode).toBe(expected.statusCode);
        expect(actual.body).toBe(expected.body);
      }),
      { numRuns: 150 },
    );
    expect(deferred.pendingCount()).toBe(0);
  });
});

for (const dialect of dialects) {
  describe(`every registered route's schemas (${dialect})`, () => {
    it("compile, none of them before the server's first request", async () => {
      const server = await startTestServer(dialect);
      try {
        await server.app.ready();
        const pending = server.app.schemaCompilation.pendingCount();
        expect(pending).toBeGreaterThan(100);
        await server.app.schemaCompilation.compilePending();
        expect(server.app.schemaCompilation.pendingCount()).toBe(0);
        // A compiled route still answers through its compiled schemas.
        const health = await server.request({ method: "GET", url: "/readyz" });
        expect(health.json()).toEqual({ status: "ok" });
      } finally {
        await server.close();
      }
    });
  });
}

// The OpenAPI document (issue 21): generated from the route schemas, valid OpenAPI 3.1 by a
// maintained validator, listing every API route with its errors from the catalogue; and no API
// route goes without a schema, judged over the whole route table.
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes } from "../../server/schemas/errors.ts";
import { createRouteCatalogue, type RegisteredRoute } from "../fixtures/route-catalogue.ts";
import { startTestServer, type TestServer } from "../fixtures/test-server.ts";

const catalogue = createRouteCatalogue();
let server: TestServer;
let document: OpenApiDocument;

type Operation = {
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses: Record<
    string,
    { content?: Record<string, { schema: { properties?: { code?: { enum?: string[] } } } }> }
  >;
  security?: Record<string, string[]>[];
};
type OpenApiDocument = { openapi: string; paths: Record<string, Record<string, Operation>> };

/** The reference page and the document itself: served by the plugins, not API operations. */
const documentationRoutes = /^\/api\/(docs(\/|$)|openapi\.json$)/;

beforeAll(async () => {
  server = await startTestServer("sqlite", {
    config: { mode: "demo" },
    onRoute: catalogue.onRoute,
  });
  const response = await server.request({ method: "GET", url: "/api/openapi.json" });
  expect(response.statusCode).toBe(200);
  document = response.json<OpenApiDocument>();
});
afterAll(() => server.close());

function apiOperations(): { route: RegisteredRoute; method: string }[] {
  return catalogue.routes
    .filter((route) => /^\/(api|healthz|readyz)(\/|$)/.test(route.url))
    .filter((route) => !documentationRoutes.test(route.url))
    .flatMap((route) =>
      route.methods.filter((method) => method !== "HEAD").map((method) => ({ route, method })),
    );
}

/** Fastify's `/a/:id` as OpenAPI's `/a/{id}`. */
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, "{$1}");

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 by @seriousme/openapi-schema-validator", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    // The same validator refuses the document once a required part is broken.
    const broken = structuredClone(document) as Partial<OpenApiDocument> & { info?: unknown };
    delete broken.info;
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("documents every API route the server registers, and nothing else", () => {
    const operations = apiOperations();
    expect(operations.length).toBeGreaterThan(50);
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const registered = operations.map(({ route, method }) => `${method} ${openApiPath(route.url)}`);
    expect(documented.sort()).toEqual([...new Set(registered)].sort());
  });

  it("lists each route's errors by status, every code from the catalogue with its own status", () => {
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          const codes = response.content?.["application/json"]?.schema.properties?.code?.enum;
          if (!/^4/.test(status)) {
            continue;
          }
          expect(codes, `${method} ${path} ${status}`).toBeDefined();
          for (const code of codes ?? []) {
            expect(Object.hasOwn(errorCodes, code), code).toBe(true);
            if (status !== "4XX") {
              expect(String(errorCodes[code as keyof typeof errorCodes]), `${path} ${code}`).toBe(
                status,
              );
            }
          }
        }
      }
    }
  });

  it("marks each admin route with the API-token scope it accepts, or none", () => {
    const users = document.paths["/api/admin/users"];
    expect(users?.get?.security).toEqual([{ session: [] }, { apiToken: ["users:read"] }]);
    expect(users?.post?.security).toEqual([{ session: [] }, { apiToken: ["users:write"] }]);
    expect(Object.keys(users?.get?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "401", "403", "429", "4XX"]),
    );
    expect(document.paths["/api/admin/api-tokens"]?.get?.security).toEqual([{ session: [] }]);
  });
});

describe("the route table", () => {
  it("gives every API route a schema: a response for each answer, and its inputs", () => {
    const missing: string[] = [];
    for (const { route, method } of apiOperations()) {
      const what = `${method} ${route.url}`;
      const schema = route.schema ?? {};
      const response = (schema.response ?? {}) as Record<string, unknown>;
      if (!Object.keys(response).some((status) => /^2\d\d$/.test(status))) {
        missing.push(`${what}: no success response schema`);
      }
      if (!("4xx" in response)) {
        missing.push(`${what}: no error response schema`);
      }
      if (route.url.includes(":") && schema.params === undefined) {
        missing.push(`${what}: no params schema`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("the SCIM routes", () => {
  // SCIM describes itself by its own standard (/scim/v2/Schemas, docs/scim.md), not in the
  // OpenAPI document; its routes still declare what they take and answer.
  it("are left out of the OpenAPI document, and each declares its schemas and SCIM's error answer", () => {
    const scimRoutes = catalogue.routes.filter((route) => route.url.startsWith("/scim/"));
    expect(scimRoutes.length).toBeGreaterThanOrEqual(8);
    const missing: string[] = [];
    for (const route of scimRoutes) {
      const what = `${route.methods.join(",")} ${route.url}`;
      expect(
        Object.keys(document.paths).some((path) => path.startsWith("/scim")),
        what,
      ).toBe(false);
      const schema = route.schema ?? {};
      const response = (schema.response ?? {}) as Record<string, { properties?: object }>;
      if (!Object.keys(response).some((status) => /^2\d\d$/.test(status))) {
        missing.push(`${what}: no success response schema`);
      }
      if (!Object.keys(response["4xx"]?.properties ?? {}).includes("scimType")) {
        missing.push(`${what}: no SCIM error response schema`);
      }
      if (route.url.includes(":") && schema.params === undefined) {
        missing.push(`${what}: no params schema`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("the reference page", () => {
  it("is served from this server with its assets, under the strict CSP", async () => {
    const page = await server.request({ method: "GET", url: "/api/docs" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-security-policy"]).toContain("script-src 'self'");
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThan(3);
    for (const asset of assets) {
      const url = new URL(asset ?? "", "http://localhost/api/docs").pathname;
      const response = await server.request({ method: "GET", url });
      expect({ url, status: response.statusCode }).toEqual({ url, status: 200 });
    }
    const initializer = await server.request({
      method: "GET",
      url: "/api/docs/static/swagger-initializer.js",
    });
    expect(initializer.body).toContain("resolveUrl('./json')");
    const shown = await server.request({ method: "GET", url: "/api/docs/json" });
    expect(shown.json()).toEqual(document);
  });
});

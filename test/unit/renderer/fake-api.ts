// The portal's API as the renderer's stores see it in unit tests: fetch answers from a table of
// "METHOD /api/path" → status and JSON body, and every request is recorded. The stores still go
// through the real HTTP client (renderer/lib/http.ts) and its error mapping.
import { vi } from "vitest";

export type Answer = { status: number; body?: unknown };
export type Routes = Record<string, Answer | ((body: unknown) => Answer)>;

export function answerApi(routes: Routes): { requests: string[] } {
  const requests: string[] = [];
  vi.stubGlobal(
    "fetch",
    async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
      const request = input instanceof Request ? input : new Request(input, init);
      const key = `${request.method} ${new URL(request.url).pathname}`;
      requests.push(key);
      const text = await request.text();
      const route = routes[key];
      const answer =
        typeof route === "function"
          ? route(text === "" ? undefined : JSON.parse(text))
          : (route ?? { status: 404, body: { code: "NOT_FOUND", message: "Nothing is here." } });
      return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
        status: answer.status,
        headers: { "content-type": "application/json" },
      });
    },
  );
  return { requests };
}

export const signedOut: Answer = {
  status: 401,
  body: { code: "AUTH_REQUIRED", message: "Sign in to continue." },
};

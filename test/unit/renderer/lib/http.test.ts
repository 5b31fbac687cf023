import { HTTPError, NetworkError, TimeoutError } from "ky";
import { describe, expect, it } from "vitest";
import { ApiError, apiErrorOf, isApiError } from "../../../../renderer/lib/http.ts";

const request = new Request("http://localhost/api/auth/password", { method: "POST" });

function answered(status: number, data: unknown): HTTPError {
  const error = new HTTPError(new Response(null, { status }), request, {} as never);
  error.data = data;
  return error;
}

describe("the portal's errors", () => {
  it("keep the server's code, message, field and retry time", () => {
    const error = apiErrorOf(
      answered(423, {
        code: "AUTH_LOCKED",
        message: "Your account is locked.",
        field: "password",
        retryAt: "2030-01-01T10:00:00.000Z",
      }),
    );
    expect(error).toMatchObject({
      code: "AUTH_LOCKED",
      message: "Your account is locked.",
      status: 423,
      field: "password",
      retryAt: "2030-01-01T10:00:00.000Z",
    });
  });

  it("read a code outside the catalogue, or an answer without one, as unexpected", () => {
    expect(apiErrorOf(answered(400, { code: "SOMETHING_NEW", message: "New." }))).toMatchObject({
      code: "UNEXPECTED",
      message: "New.",
      status: 400,
    });
    expect(apiErrorOf(answered(502, "<html>Bad gateway</html>"))).toMatchObject({
      code: "UNEXPECTED",
      message: "The server could not handle the request.",
      status: 502,
    });
    expect(apiErrorOf(answered(400, { code: "__proto__", message: "x" })).code).toBe("UNEXPECTED");
  });

  it("say when the server was not reached, and turn a bug into an unexpected error", () => {
    expect(apiErrorOf(new TimeoutError(request)).code).toBe("TIMEOUT");
    expect(apiErrorOf(new NetworkError(request, {})).code).toBe("NETWORK");
    expect(apiErrorOf(new TypeError("x is undefined"))).toMatchObject({
      code: "UNEXPECTED",
      status: 0,
    });
  });

  it("know ky's errors by name (ky loads on demand), and not a look-alike without an answer", () => {
    const lookAlike = Object.assign(new Error("not from ky"), { name: "HTTPError" });
    expect(apiErrorOf(lookAlike).code).toBe("UNEXPECTED");
    const timeout = Object.assign(new Error("from another realm"), { name: "TimeoutError" });
    expect(apiErrorOf(timeout).code).toBe("TIMEOUT");
  });

  it("tell an ApiError apart from anything else thrown, and pass one through unchanged", () => {
    const cancelled = new ApiError("VERIFICATION_CANCELLED", "Nothing was changed.", 0);
    expect(isApiError(cancelled)).toBe(true);
    expect(isApiError(new Error("no"))).toBe(false);
    expect(isApiError({ code: "AUTH_LOCKED", message: "look-alike" })).toBe(false);
    expect(apiErrorOf(cancelled)).toBe(cancelled);
  });
});

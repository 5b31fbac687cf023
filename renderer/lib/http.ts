// The portal's one HTTP client: same-origin JSON, errors mapped to a stable `code` — the server's
// catalogue (server/schemas/errors.ts), or one of the few failures that never got an answer. It
// has no UI side effects; pages decide what to show for each code (lib/error-messages.ts says it
// in the user's language; `message` is the server's English, for the console). ky itself loads
// with the first request, not with the page: drawing the sign-in page needs no HTTP client, and
// it is 8 KB of the JavaScript a first visit must download (scripts/initial-javascript.ts).
import type { HTTPError, KyInstance } from "ky";
import { isErrorCode, type ErrorCode } from "../../server/schemas/errors.ts";

/** Failures without a server answer, and the verification prompt the user cancelled. */
export type ClientErrorCode = "TIMEOUT" | "NETWORK" | "UNEXPECTED" | "VERIFICATION_CANCELLED";

export type ApiErrorCode = ErrorCode | ClientErrorCode;

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly field: string | undefined;
  /** When trying again makes sense (a lock's end), as an ISO time. */
  readonly retryAt: string | undefined;
  /** Which case of the code this is (e.g. why an SSH key was refused), when there are several. */
  readonly reason: string | undefined;
  /** Numbers and words the message needs (tries left, a limit). */
  readonly details: Record<string, string | number> | undefined;

  constructor(
    code: ApiErrorCode,
    message: string,
    status: number,
    more: {
      field?: string | undefined;
      retryAt?: string | undefined;
      reason?: string | undefined;
      details?: Record<string, string | number> | undefined;
    } = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.field = more.field;
    this.retryAt = more.retryAt;
    this.reason = more.reason;
    this.details = more.details;
  }
}

let loadedClient: Promise<KyInstance> | undefined;

/** The one ky instance, loaded on first use; a failed load (offline) is tried again next time. */
function httpClient(): Promise<KyInstance> {
  loadedClient ??= import("ky").then(
    ({ default: ky }) =>
      ky.create({ prefix: "/api", credentials: "same-origin", retry: 0, timeout: 15_000 }),
    () => {
      loadedClient = undefined;
      throw new ApiError("NETWORK", "Cannot reach the server.", 0);
    },
  );
  return loadedClient;
}

export async function getJson<T>(path: string): Promise<T> {
  return request<T>(async (client) => client.get(path).json<T>());
}

export async function postJson<T>(path: string, body: object = {}): Promise<T> {
  return request<T>(async (client) => client.post(path, { json: body }).json<T>());
}

export async function patchJson<T>(path: string, body: object): Promise<T> {
  return request<T>(async (client) => client.patch(path, { json: body }).json<T>());
}

export async function putJson<T>(path: string, body: object): Promise<T> {
  return request<T>(async (client) => client.put(path, { json: body }).json<T>());
}

export async function postNoContent(path: string, body: object = {}): Promise<void> {
  await request(async (client) => client.post(path, { json: body }));
}

/** DELETE with an empty JSON body: the server's CSRF rule wants JSON on every state change. */
export async function deleteNoContent(path: string): Promise<void> {
  await request(async (client) => client.delete(path, { json: {} }));
}

const sessionEndedListeners = new Set<() => void>();

/**
 * Tells the listener whenever the server answers AUTH_REQUIRED: the session is gone (signed
 * out elsewhere, disabled, expired). The session store decides what that means; returns
 * unsubscribe.
 */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

async function request<T>(send: (client: KyInstance) => Promise<T>): Promise<T> {
  try {
    return await send(await httpClient());
  } catch (error) {
    const apiError = apiErrorOf(error);
    if (apiError.code === "AUTH_REQUIRED") {
      for (const listener of sessionEndedListeners) {
        listener();
      }
    }
    throw apiError;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** What a failed call threw, as an ApiError: a bug's exception reads as "UNEXPECTED". */
export function apiErrorOf(error: unknown): ApiError {
  return isApiError(error) ? error : toApiError(error);
}

/**
 * ky's errors told apart by name, as ky's own guards also do
 * (node_modules/ky/distribution/utils/type-guards.js): this module must not import ky's code,
 * which loads on demand.
 */
const isKyError = (error: unknown, name: string): boolean =>
  error instanceof Error && error.name === name;

function isHTTPError(error: unknown): error is HTTPError {
  return (
    isKyError(error, "HTTPError") && (error as Partial<HTTPError>).response instanceof Response
  );
}

function toApiError(error: unknown): ApiError {
  if (isHTTPError(error)) {
    const data = error.data as
      | {
          code?: unknown;
          message?: unknown;
          field?: unknown;
          retryAt?: unknown;
          reason?: unknown;
          details?: unknown;
        }
      | undefined;
    const status = error.response.status;
    return new ApiError(
      // A code outside the catalogue (another server version) is read as an unexpected answer.
      isErrorCode(data?.code) ? data.code : "UNEXPECTED",
      typeof data?.message === "string" ? data.message : "The server could not handle the request.",
      status,
      {
        field: typeof data?.field === "string" ? data.field : undefined,
        retryAt: typeof data?.retryAt === "string" ? data.retryAt : undefined,
        reason: typeof data?.reason === "string" ? data.reason : undefined,
        details: plainDetails(data?.details),
      },
    );
  }
  if (isKyError(error, "TimeoutError")) {
    return new ApiError("TIMEOUT", "The server took too long to answer.", 0);
  }
  if (isKyError(error, "NetworkError")) {
    return new ApiError("NETWORK", "Cannot reach the server.", 0);
  }
  return new ApiError("UNEXPECTED", "Something unexpected happened.", 0);
}

/** Only numbers and strings reach a message; anything else the server sent is dropped. */
function plainDetails(details: unknown): Record<string, string | number> | undefined {
  if (typeof details !== "object" || details === null) {
    return undefined;
  }
  return Object.fromEntries(
    Object.entries(details).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === "string" || typeof entry[1] === "number",
    ),
  );
}

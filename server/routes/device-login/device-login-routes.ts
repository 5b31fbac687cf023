// Device login (docs/design.md §5): set up a platform passkey after a recent full verification,
// sign in with it in one step (it counts as MFA and starts a new session), re-verify a session with
// it, and list or remove passkeys. Every refusal is a 4xx with a stable code and no session. The
// folder: helpers.ts (shared gate, throttle, refusals), sign-in.ts, reverify.ts, passkeys.ts.
import type { FastifyTypeboxInstance } from "../fastify-typebox.ts";
import type { AppContext } from "../../context.ts";
import type { Guards } from "../../plugins/authentication.ts";
import { deviceLoginHelpers } from "./helpers.ts";
import { passkeyRoutes } from "./passkeys.ts";
import { passkeyReverifyRoutes } from "./reverify.ts";
import { deviceSignInRoutes } from "./sign-in.ts";

export function deviceLoginRoutes(
  app: FastifyTypeboxInstance,
  context: AppContext,
  guards: Guards,
): void {
  const helpers = deviceLoginHelpers(context);
  deviceSignInRoutes(app, context, helpers);
  passkeyReverifyRoutes(app, context, guards, helpers);
  passkeyRoutes(app, context, guards, helpers);
}

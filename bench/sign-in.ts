// The bench user's password sign-in over HTTP (identify, then password), as the login page does
// it; the session cookie it ends with.
import type { Agent } from "node:http";
import { benchUser } from "./bench-server.ts";
import { call } from "./http-client.ts";

export async function signIn(origin: string, agent: Agent): Promise<string> {
  const identify = await call(origin, agent, "POST", "/api/auth/identify", {
    email: benchUser.email,
  });
  const flow = identify.cookies.map((cookie) => cookie.split(";")[0]).join("; ");
  const answer = await call(
    origin,
    agent,
    "POST",
    "/api/auth/password",
    { password: benchUser.password },
    flow,
  );
  const session = answer.cookies.find((cookie) => cookie.startsWith("gh_session="));
  if (answer.status !== 200 || session === undefined) {
    throw new Error(`sign-in answered ${answer.status}: ${answer.body}`);
  }
  return session.split(";")[0] ?? "";
}

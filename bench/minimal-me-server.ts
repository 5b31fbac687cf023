// The ceiling for GET /api/me in `npm run bench`, run as its own process so its CPU time is its
// own: Fastify 5 + @fastify/cookie, one prepared node:sqlite lookup of the session by id with the
// secret's SHA-256 compared in constant time, the same security headers Gatehouse sent, and the
// user as JSON. Nothing else: no policies, no access rules, no audit. Reads the bench database.
import { createHash, timingSafeEqual } from "node:crypto";
import { DatabaseSync } from "node:sqlite";
import fastifyCookie from "@fastify/cookie";
import Fastify from "fastify";

const database = new DatabaseSync(process.env.BENCH_DATABASE ?? "", { readOnly: true });
const lookup = database.prepare(
  `with "s" as materialized (select * from "sessions" where "id" = ?)
   select "users".*, "s"."secret_hash" as "session_secret_hash", "s"."expires_at" as "session_expires_at"
   from "s" inner join "users" on "users"."id" = "s"."user_id"`,
);
type SessionRow = Record<string, unknown> & {
  session_secret_hash: string;
  session_expires_at: number;
};
const headers = JSON.parse(process.env.BENCH_HEADERS ?? "{}") as Record<string, string>;

const app = Fastify({ logger: false });
await app.register(fastifyCookie);
app.get("/api/me", async (request, reply) => {
  reply.headers(headers);
  const match = /^([A-Za-z0-9_-]{20})\.([A-Za-z0-9_-]{27})$/.exec(request.cookies.gh_session ?? "");
  const row = match === null ? undefined : (lookup.get(match[1] ?? "") as SessionRow | undefined);
  const presented = createHash("sha256")
    .update(match?.[2] ?? "")
    .digest();
  const stored = Buffer.from(row?.session_secret_hash ?? "", "hex");
  if (
    row === undefined ||
    stored.length !== presented.length ||
    !timingSafeEqual(stored, presented) ||
    row.session_expires_at <= Date.now()
  ) {
    return reply.status(401).send({ code: "UNAUTHENTICATED", message: "Sign in." });
  }
  const user: Record<string, unknown> = { ...row };
  delete user.password_hash;
  delete user.session_secret_hash;
  return { user };
});
await app.listen({ host: "127.0.0.1", port: Number(process.env.BENCH_PORT ?? 0) });
process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));

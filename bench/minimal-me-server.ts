// The ceiling for GET /api/me in `npm run bench`, run as its own process so its CPU time is its
// own: Fastify 5 + @fastify/cookie, one lookup of the session by id with the secret's SHA-256
// compared in constant time, the same security headers Gatehouse sent, and the user as JSON.
// Nothing else: no policies, no access rules, no audit. Reads the bench database: a prepared
// node:sqlite statement on BENCH_DATABASE, or with BENCH_DATABASE_URL one named (prepared)
// statement over a `pg` pool (PostgreSQL, as many connections as Gatehouse's pool): an unnamed one
// would be parsed and planned on every request, which costs the database several times the read.
import { createHash, timingSafeEqual } from "node:crypto";
import { DatabaseSync } from "node:sqlite";
import fastifyCookie from "@fastify/cookie";
import Fastify from "fastify";
import pg from "pg";

const lookupSql = (parameter: string) =>
  `with "s" as materialized (select * from "sessions" where "id" = ${parameter})
   select "users".*, "s"."secret_hash" as "session_secret_hash", "s"."expires_at" as "session_expires_at"
   from "s" inner join "users" on "users"."id" = "s"."user_id"`;
type SessionRow = Record<string, unknown> & {
  session_secret_hash: string;
  session_expires_at: number;
};

function openLookup(): (id: string) => SessionRow | undefined | Promise<SessionRow | undefined> {
  const url = process.env.BENCH_DATABASE_URL;
  if (url !== undefined) {
    pg.types.setTypeParser(20, (value: string) => Number(value)); // BIGINT milliseconds
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const text = lookupSql("$1");
    const statement = { name: "bench_me_lookup", text };
    return async (id) => (await pool.query<SessionRow>({ ...statement, values: [id] })).rows[0];
  }
  const database = new DatabaseSync(process.env.BENCH_DATABASE ?? "", { readOnly: true });
  const statement = database.prepare(lookupSql("?"));
  return (id) => statement.get(id) as SessionRow | undefined;
}

const lookup = openLookup();
const headers = JSON.parse(process.env.BENCH_HEADERS ?? "{}") as Record<string, string>;

const app = Fastify({ logger: false });
await app.register(fastifyCookie);
app.get("/api/me", async (request, reply) => {
  reply.headers(headers);
  const match = /^([A-Za-z0-9_-]{20})\.([A-Za-z0-9_-]{27})$/.exec(request.cookies.gh_session ?? "");
  const found = match === null ? undefined : lookup(match[1] ?? "");
  const row = found instanceof Promise ? await found : found; // SQLite's answer is not awaited
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

// A plain oidc-provider adapter on PostgreSQL for the bench's second token ceiling
// (bench/oidc-alone-ceiling.ts): each adapter call is one named statement on its own table, so a
// token costs the reads and writes oidc-provider asks for (the code, its session by uid and its
// grant; the code's consumption and the access token) and nothing Gatehouse adds: no catalog, no
// hashed ids, no read-ahead. Lives as long as its process.
import type { Adapter, AdapterPayload } from "oidc-provider";
import pg from "pg";

const table = "bench_alone_oidc_payloads";
/** node-postgres reads a bigint as text. */
type Row = { payload: string; consumed_at: string | null };

export async function createPostgresAdapterFactory(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await pool.query(`create table if not exists ${table} (model text not null, id text not null,
    payload text not null, uid text, grant_id text, expires_at bigint, consumed_at bigint,
    primary key (model, id))`);
  await pool.query(`create index if not exists ${table}_uid on ${table} (model, uid)`);
  const run = async (name: string, text: string, values: unknown[]) =>
    (await pool.query<Row>({ name, text, values })).rows;
  const live = ([row]: Row[]) => {
    if (row === undefined) {
      return undefined;
    }
    const payload = JSON.parse(row.payload) as AdapterPayload;
    return row.consumed_at === null ? payload : { ...payload, consumed: Number(row.consumed_at) };
  };
  const notExpired = "(expires_at is null or expires_at > $3)";
  const factory = (model: string): Adapter => ({
    upsert: async (id, payload, expiresIn) => {
      await run(
        "alone_upsert",
        `insert into ${table} (model, id, payload, uid, grant_id, expires_at)
          values ($1, $2, $3, $4, $5, $6) on conflict (model, id) do update set
          payload = excluded.payload, uid = excluded.uid, grant_id = excluded.grant_id,
          expires_at = excluded.expires_at`,
        [
          model,
          id,
          JSON.stringify(payload),
          payload.uid ?? null,
          payload.grantId ?? null,
          expiresIn === undefined ? null : Date.now() + expiresIn * 1000,
        ],
      );
    },
    find: async (id) =>
      live(
        await run(
          "alone_find",
          `select payload, consumed_at from ${table} where model = $1 and id = $2 and ${notExpired}`,
          [model, id, Date.now()],
        ),
      ),
    findByUid: async (uid) =>
      live(
        await run(
          "alone_find_by_uid",
          `select payload, consumed_at from ${table}
            where model = $1 and uid = $2 and ${notExpired} limit 1`,
          [model, uid, Date.now()],
        ),
      ),
    findByUserCode: () => Promise.resolve(undefined),
    consume: async (id) => {
      await run(
        "alone_consume",
        `update ${table} set consumed_at = $3 where model = $1 and id = $2`,
        [model, id, Math.floor(Date.now() / 1000)],
      );
    },
    destroy: async (id) => {
      await run("alone_destroy", `delete from ${table} where model = $1 and id = $2`, [model, id]);
    },
    revokeByGrantId: async (grantId) => {
      await run("alone_revoke", `delete from ${table} where grant_id = $1`, [grantId]);
    },
  });
  return { factory, end: () => pool.end() };
}

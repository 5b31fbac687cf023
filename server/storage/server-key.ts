// The key that seals secrets at rest (TOTP seeds, SSO signing keys): GATEHOUSE_SECRET_KEY, or — in
// demo and development mode only — a key generated once and kept in the database (server_secrets),
// so a local server works without setup. Keeping the key beside the data it protects is why
// production refuses that.
import { assertSecretKeyConfigured, type ServerConfig } from "../config/config.ts";
import type { Clock, Random } from "../lib/clock.ts";
import type { Db } from "./database.ts";

const keyName = "totp-seal-key";
const generatedKeys = new WeakMap<Db, Promise<Buffer>>();

export type KeyContext = {
  config: Pick<ServerConfig, "mode" | "secretKey">;
  db: Db;
  clock: Clock;
  random: Random;
};

export function resolveSecretKey(context: KeyContext): Promise<Buffer> {
  if (context.config.secretKey !== undefined) {
    return Promise.resolve(context.config.secretKey);
  }
  assertSecretKeyConfigured(context.config); // production without a key is a configuration bug
  let key = generatedKeys.get(context.db);
  if (key === undefined) {
    key = loadOrCreateKey(context);
    generatedKeys.set(context.db, key);
    key.catch(() => generatedKeys.delete(context.db));
  }
  return key;
}

async function loadOrCreateKey({ db, clock, random }: KeyContext): Promise<Buffer> {
  // Two instances starting together may both insert: the first wins and both read it back.
  await db
    .insertInto("server_secrets")
    .values({
      name: keyName,
      value: random.bytes(32).toString("base64"),
      created_at: clock.now(),
    })
    .onConflict((conflict) => conflict.column("name").doNothing())
    .execute();
  const row = await db
    .selectFrom("server_secrets")
    .select("value")
    .where("name", "=", keyName)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, "base64");
}

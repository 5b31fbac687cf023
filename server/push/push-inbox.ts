// What the desktop app is asked to approve (issue 17): the pending, unexpired requests of the
// users whose device-login passkeys are bound to this device, for sign-ins and app launches'
// step-ups still waiting — each with who is asking (browser, address, a place only from
// configuration), the app a step-up opens, and three numbers, every one with the WebAuthn
// challenge that picking it signs.
import { passkeysOnDevice } from "../auth/push/push-devices.ts";
import { pushChallenge } from "../auth/push/push-numbers.ts";
import { stillWaiting } from "../auth/push/push-pending.ts";
import { placeOf, type NetworkPlace } from "../config/network-places.ts";
import type { PushRequestEvent } from "../schemas/push.ts";
import type { Db } from "../storage/database.ts";
import { describeUserAgent } from "../security/user-agent.ts";

const iso = (time: number) => new Date(time).toISOString();

export async function pushInboxOf(
  context: { db: Db; now: number; places: NetworkPlace[] },
  deviceId: string,
): Promise<PushRequestEvent[]> {
  const { db, now } = context;
  const rows = await db
    .selectFrom("push_requests")
    .innerJoin("users", "users.id", "push_requests.user_id")
    .leftJoin("apps", "apps.id", "push_requests.app_id")
    .where("push_requests.status", "=", "pending")
    .where("push_requests.expires_at", ">", now)
    .where(stillWaiting(now))
    .where("push_requests.user_id", "in", (eb) =>
      eb
        .selectFrom("passkeys")
        .innerJoin("devices", "devices.id", "passkeys.device_id")
        .select("passkeys.user_id")
        .where("devices.id", "=", deviceId)
        .where("devices.revoked_at", "is", null),
    )
    .selectAll("push_requests")
    .select(["users.email", "users.display_name", "apps.display_name as app_name"])
    .orderBy("push_requests.created_at")
    .limit(10)
    .execute();
  const events: PushRequestEvent[] = [];
  for (const row of rows) {
    // The same test the answer applies (auth/push/push-devices.ts): only then is it offered.
    const allowCredentials = await passkeysOnDevice(db, deviceId, row.user_id);
    if (allowCredentials.length === 0) {
      continue;
    }
    const client = describeUserAgent(row.user_agent);
    events.push({
      id: row.id,
      user: { email: row.email, displayName: row.display_name },
      purpose: row.purpose,
      appName: row.purpose === "step_up" ? row.app_name : null,
      browser: client.label,
      device: { client: client.client, browser: client.browser, system: client.system },
      ip: row.ip,
      place: placeOf(context.places, row.ip),
      createdAt: iso(row.created_at),
      expiresAt: iso(row.expires_at),
      choices: (JSON.parse(row.choices) as number[]).map((number) => ({
        number,
        challenge: pushChallenge(row, number),
      })),
      allowCredentials,
    });
  }
  return events;
}

// Enrolling a device (docs/design.md §5): the desktop app sends its public key with either a
// user's connect key (the device is bound to that user) or an IT enrollment token (bound to the
// organization). A refused enrollment is audited with its reason; a key is enrolled once.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import type { Clock } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import { useConnectKey } from "./connect-keys.ts";
import { parseDevicePublicKey } from "./device-public-key.ts";
import { enrollDevice } from "./device-store.ts";
import { checkEnrollmentToken } from "./enrollment-tokens.ts";

export type EnrollmentRequest = {
  connectKey?: string | undefined;
  enrollmentToken?: string | undefined;
  publicKey: string;
  name: string;
  os: string;
  appVersion: string;
};

export type Enrollment =
  | { ok: true; deviceId: string }
  | { ok: false; reason: "one_credential" | "public_key" }
  | { ok: false; reason: "refused"; expired: boolean };

export async function enrollWithCredential(
  { db, clock }: { db: Db; clock: Clock },
  request: EnrollmentRequest,
  origin: AuditOrigin,
): Promise<Enrollment> {
  const now = clock.now();
  const refuse = async (reason: string): Promise<Enrollment> => {
    await recordAuditEvent(db, { event: "device.enrollment_refused", at: now, reason, origin });
    return { ok: false, reason: "refused", expired: reason === "expired" };
  };
  if ((request.connectKey === undefined) === (request.enrollmentToken === undefined)) {
    return { ok: false, reason: "one_credential" };
  }
  if (parseDevicePublicKey(request.publicKey) === undefined) {
    return { ok: false, reason: "public_key" };
  }
  let userId: string | null = null;
  if (request.connectKey !== undefined) {
    const used = await useConnectKey(db, request.connectKey, now);
    if (!used.ok) {
      return refuse(used.reason);
    }
    userId = used.userId;
  } else {
    const checked = await checkEnrollmentToken(db, request.enrollmentToken ?? "", now);
    if (!checked.ok) {
      return refuse(`token_${checked.reason}`);
    }
  }
  const via = userId === null ? "enrollment_token" : "connect_key";
  const { name, os, appVersion, publicKey } = request;
  const enrolled = await enrollDevice(db, { userId, name, os, appVersion, publicKey, via }, now);
  if (!enrolled.ok) {
    return refuse("already_enrolled");
  }
  await recordAuditEvent(db, {
    event: "device.enrolled",
    at: now,
    actorId: userId,
    targetId: userId,
    origin,
    details: { deviceId: enrolled.device.id, os: request.os, via: enrolled.device.enrolled_via },
  });
  return { ok: true, deviceId: enrolled.device.id };
}

// `gatehouse-admin device …` and `enrollment-token …`: enrolled devices and the enrollment tokens
// IT pushes through MDM / Group Policy, from the command line (the same operations as
// /api/admin/devices and /api/admin/enrollment-tokens).
import { parseArgs } from "node:util";
import { listAllDevices } from "../../devices/device-store.ts";
import { systemRandom } from "../../lib/clock.ts";
import { issueEnrollmentToken, revokeAsAdmin } from "../device-admin.ts";
import { cliActor, UsageError, type AdminIo } from "./io.ts";

export const deviceUsage = `  device list
  device revoke DEVICE_ID                  (its passkeys stop working at once)
  enrollment-token create --label LABEL [--days N]
                                           (shown once; default 30 days, at most 365)
  enrollment-token revoke TOKEN_ID`;

export async function runDeviceCommand(argv: string[], io: AdminIo): Promise<void> {
  const { positionals, values } = parseArgs({
    args: idAfterRevokeIsPositional(argv),
    allowPositionals: true,
    options: { label: { type: "string" }, days: { type: "string" } },
  });
  const [noun = "", verb = "", target] = positionals;
  const command = `${noun} ${verb}`;
  const actor = cliActor(io);

  switch (command) {
    case "device list": {
      const devices = await listAllDevices(io.db);
      if (devices.length === 0) {
        io.print("No devices are enrolled.");
      }
      for (const device of devices) {
        io.print(
          [
            device.id,
            device.name,
            device.os,
            device.app_version,
            device.email ?? "(organization)",
            `enrolled ${new Date(Number(device.enrolled_at)).toISOString()}`,
            device.revoked_at === null ? "active" : "revoked",
          ].join("\t"),
        );
      }
      return;
    }
    case "device revoke": {
      const id = required(target, "a device id");
      if (!(await revokeAsAdmin(actor, "device", id))) {
        throw new UsageError(`No active device has the id ${id}.`);
      }
      io.print(`Revoked device ${id}; its passkeys no longer sign in.`);
      return;
    }
    case "enrollment-token create": {
      const label = required(values.label?.trim(), "--label");
      if (label.length > 100) {
        throw new UsageError("--label can be at most 100 characters.");
      }
      const validDays = values.days === undefined ? 30 : Number(values.days);
      if (!Number.isInteger(validDays) || validDays < 1 || validDays > 365) {
        throw new UsageError("--days must be a whole number from 1 to 365.");
      }
      const created = await issueEnrollmentToken(actor, systemRandom, { label, validDays });
      io.print(
        `Enrollment token ${created.id} for "${label}", valid until ${new Date(created.expiresAt).toISOString()}.`,
      );
      io.print(`Token (shown once; push it as EnrollmentToken): ${created.token}`);
      return;
    }
    case "enrollment-token revoke": {
      const id = required(target, "a token id");
      if (!(await revokeAsAdmin(actor, "enrollment-token", id))) {
        throw new UsageError(`No active enrollment token has the id ${id}.`);
      }
      io.print(`Revoked enrollment token ${id}; devices can no longer enroll with it.`);
      return;
    }
    default:
      throw new UsageError(`Unknown command "${command.trim()}".\n\n${deviceUsage}`);
  }
}

/**
 * Ids are base64url and one in 64 begins with "-", which parseArgs would read as an option:
 * after "revoke" the next word is the id, whatever it looks like.
 */
function idAfterRevokeIsPositional(argv: string[]): string[] {
  return argv[1] === "revoke" && argv.length > 2
    ? [...argv.slice(0, 2), "--", ...argv.slice(2)]
    : argv;
}

function required(value: string | undefined, what: string): string {
  if (value === undefined || value === "") {
    throw new UsageError(`Give ${what}.`);
  }
  return value;
}

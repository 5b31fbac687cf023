// When the portal warns that the password expires: from the policy's reminder window on (the
// same days the reminder mails go out), counting days left as the mails do (a part day counts as one).

const day = 24 * 60 * 60 * 1000;

/** Whole days until the password expires, while within the reminder window; else undefined. */
export function daysUntilExpiry(
  me: { passwordExpiresAt: string | null; passwordReminderDays: number },
  now: number,
): number | undefined {
  if (me.passwordExpiresAt === null) {
    return undefined;
  }
  const left = Date.parse(me.passwordExpiresAt) - now;
  if (Number.isNaN(left) || left <= 0 || left > me.passwordReminderDays * day) {
    return undefined;
  }
  return Math.ceil(left / day);
}

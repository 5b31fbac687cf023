// Device login's words. The authenticator is Touch ID (macOS), Windows Hello (Windows) or "this
// device": messages choose with `authenticator` (touchId, windowsHello, device), so each
// language can inflect "this device" where its grammar needs it.
import { defineMessages } from "../../../locales/define-messages.ts";

export const deviceLoginMessages = defineMessages({
  logInWith: {
    id: "deviceLogin.logInWith",
    defaultMessage:
      "{authenticator, select, touchId {Log in with Touch ID} windowsHello {Log in with Windows Hello} other {Log in with this device}}",
    description: "Button on the sign-in page",
  },
  waitingFor: {
    id: "deviceLogin.waitingFor",
    defaultMessage:
      "{authenticator, select, touchId {Waiting for Touch ID…} windowsHello {Waiting for Windows Hello…} other {Waiting for this device…}}",
    description: "Busy label while the OS asks for the fingerprint, face or device PIN",
  },
  or: {
    id: "deviceLogin.or",
    defaultMessage: "or",
    description: "Between the device login button and the email form on the sign-in page",
  },
  cancelled: {
    id: "deviceLogin.cancelled",
    defaultMessage:
      "{authenticator, select, touchId {Touch ID was cancelled or timed out.} windowsHello {Windows Hello was cancelled or timed out.} other {The check on this device was cancelled or timed out.}} Try again.",
    description: "The OS prompt was dismissed or timed out",
  },
  turnedOff: {
    id: "deviceLogin.turnedOff",
    defaultMessage: "Device login is turned off by your organization.",
    description: "Why device login is not offered",
  },
  notOnLinux: {
    id: "deviceLogin.notOnLinux",
    defaultMessage: "Device login is not available on Linux. Sign in with your password.",
    description: "Why device login is not offered",
  },
  noneSetUp: {
    id: "deviceLogin.noneSetUp",
    defaultMessage:
      "This device has no Touch ID or Windows Hello set up. Sign in with your password.",
    description: "Why device login is not offered",
  },
  title: {
    id: "deviceLogin.card.title",
    defaultMessage: "Device login",
    description: "Card heading in Security → Devices",
  },
  verifyNow: {
    id: "deviceLogin.card.verifyNow",
    defaultMessage: "Verify now",
    description: "Button: confirm with Touch ID / Windows Hello now, restarting the 12-hour clock",
  },
  explanation: {
    id: "deviceLogin.card.explanation",
    defaultMessage:
      "{authenticator, select, touchId {Sign in with Touch ID} windowsHello {Sign in with Windows Hello} device {Sign in with this device} other {Sign in with Touch ID or Windows Hello}} instead of your password and code. It is set up on each computer separately and counts as multi-factor authentication.",
    description: "Device login card; authenticator 'other' means none is available here",
  },
  countdown: {
    id: "deviceLogin.countdown",
    defaultMessage:
      "{method, select, touchId {Verified with Touch ID} windowsHello {Verified with Windows Hello} device {Verified with this device} other {Verified with your password}} {ago} · {due, select, now {next check now} other {next check {when}}}",
    description:
      "When the user last verified and when the next check is due; ago is like '3 hours ago' or 'now', when like 'in 9 hours'",
  },
  setUp: {
    id: "deviceLogin.card.setUp",
    defaultMessage:
      "{authenticator, select, touchId {Set up Touch ID} windowsHello {Set up Windows Hello} other {Set up device login}}",
    description: "Button",
  },
  passkeyName: {
    id: "deviceLogin.card.passkeyName",
    defaultMessage:
      "{authenticator, select, touchId {Touch ID on this device} windowsHello {Windows Hello on this device} other {Device login on this device}}",
    description: "Name given to a new device login (the user sees it in the list)",
  },
  listLabel: {
    id: "deviceLogin.card.listLabel",
    defaultMessage: "Device logins",
    description: "Accessible name of the list of device logins",
  },
  passkeyMeta: {
    id: "deviceLogin.card.meta",
    defaultMessage:
      "{used, select, yes {Added {createdAt} · Last used {lastUsedAt}} other {Added {createdAt}}}",
    description: "Details of one device login; dates",
  },
  remove: {
    id: "deviceLogin.card.remove",
    defaultMessage: "Remove",
    description: "Button on a device login row",
  },
  removeLabel: {
    id: "deviceLogin.card.removeLabel",
    defaultMessage: "Remove {name}",
    description: "Accessible name of Remove",
  },
  removeTitle: {
    id: "deviceLogin.card.removeTitle",
    defaultMessage: "Remove “{name}”?",
    description: "Dialog title",
  },
  removeConfirm: {
    id: "deviceLogin.card.removeConfirm",
    defaultMessage: "Remove device login",
    description: "Red button in the dialog",
  },
  removing: {
    id: "deviceLogin.card.removing",
    defaultMessage: "Removing…",
    description: "Busy label",
  },
  removeText: {
    id: "deviceLogin.card.removeText",
    defaultMessage:
      "You will sign in on that computer with your password and code again, until you set up device login there once more.",
    description: "Dialog text",
  },
  confirmTitle: {
    id: "deviceLogin.reverify.title",
    defaultMessage: "Confirm it’s you",
    description: "Heading of the Touch ID / Windows Hello re-verification page",
  },
  keepWorking: {
    id: "deviceLogin.reverify.keepWorking",
    defaultMessage:
      "{hasEmail, select, yes {{authenticator, select, touchId {Use Touch ID to keep working as {email}.} windowsHello {Use Windows Hello to keep working as {email}.} other {Use this device to keep working as {email}.}}} other {{authenticator, select, touchId {Use Touch ID to keep working.} windowsHello {Use Windows Hello to keep working.} other {Use this device to keep working.}}}}",
    description: "Re-verification page",
  },
  verifyWith: {
    id: "deviceLogin.reverify.verifyWith",
    defaultMessage:
      "{authenticator, select, touchId {Verify with Touch ID} windowsHello {Verify with Windows Hello} other {Verify with this device}}",
    description: "Button on the re-verification page and in the account menu",
  },
  verifyNowWith: {
    id: "deviceLogin.menu.verifyNowWith",
    defaultMessage:
      "{authenticator, select, touchId {Verify now with Touch ID} windowsHello {Verify now with Windows Hello} other {Verify now with this device}}",
    description: "Account menu item: confirm with the device's authenticator now",
  },
  usePassword: {
    id: "deviceLogin.reverify.usePassword",
    defaultMessage: "Use my password instead",
    description: "Button: re-verify with the password form instead",
  },
  setUpFirst: {
    id: "deviceLogin.setUpFirst",
    defaultMessage:
      "{authenticator, select, touchId {Set up Touch ID in Security to verify with it.} windowsHello {Set up Windows Hello in Security to verify with it.} other {Set up device login in Security to verify with it.}}",
    description: "Verify now without device login set up",
  },
});

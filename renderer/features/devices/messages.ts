// The words of the enrolled computers and the connect key.
import { defineMessages } from "../../../locales/define-messages.ts";

export const devicesMessages = defineMessages({
  connectKeyTitle: {
    id: "devices.connectKey.title",
    defaultMessage: "Connect key",
    description: "Card heading: a one-hour key that enrolls a computer with the organization",
  },
  generate: {
    id: "devices.connectKey.generate",
    defaultMessage: "Generate connect key",
    description: "Button",
  },
  generating: {
    id: "devices.connectKey.generating",
    defaultMessage: "Generating…",
    description: "Busy label",
  },
  connectKeyNote: {
    id: "devices.connectKey.note",
    defaultMessage:
      "Enroll the Gatehouse desktop app on a computer with your organization: generate a key and paste it into the app. A key works once, within one hour.",
    description: "Connect key card",
  },
  copyKey: {
    id: "devices.connectKey.copy",
    defaultMessage: "Copy key",
    description: "Button that copies the connect key",
  },
  shownOnce: {
    id: "devices.connectKey.shownOnce",
    defaultMessage: "Shown only now. Valid until {time}.",
    description: "Under a new connect key; time is like 14:30",
  },
  title: {
    id: "devices.title",
    defaultMessage: "Computers with the desktop app",
    description: "Card heading: computers enrolled with the organization",
  },
  note: {
    id: "devices.note",
    defaultMessage:
      "Computers where the Gatehouse desktop app is enrolled with your organization, so it knows they are yours. This is separate from device login above, which is how you sign in.",
    description: "Enrolled computers card",
  },
  none: {
    id: "devices.none",
    defaultMessage:
      "No computer is enrolled yet. Install the desktop app and connect it with a connect key.",
    description: "Empty list",
  },
  listLabel: {
    id: "devices.listLabel",
    defaultMessage: "Enrolled devices",
    description: "Accessible name of the list",
  },
  meta: {
    id: "devices.meta",
    defaultMessage: "{system} · App {version} · Added {enrolledAt} · Last seen {lastSeenAt}",
    description: "Details of one computer; dates",
  },
  remove: {
    id: "devices.remove",
    defaultMessage: "Remove",
    description: "Button on a computer's row",
  },
  removeLabel: {
    id: "devices.removeLabel",
    defaultMessage: "Remove {name}",
    description: "Accessible name of Remove",
  },
  removeTitle: {
    id: "devices.removeTitle",
    defaultMessage: "Remove “{name}”?",
    description: "Dialog title",
  },
  removeConfirm: {
    id: "devices.removeConfirm",
    defaultMessage: "Remove computer",
    description: "Red button in the dialog",
  },
  removing: {
    id: "devices.removing",
    defaultMessage: "Removing…",
    description: "Busy label",
  },
  removeText: {
    id: "devices.removeText",
    defaultMessage:
      "The desktop app on that computer is no longer enrolled with your organization. To enroll it again, connect it with a new connect key.",
    description: "Dialog text",
  },
  connectLabel: {
    id: "devices.connect.label",
    defaultMessage: "Connect this device with a connect key",
    description: "Desktop app: label of the connect key field",
  },
  connect: {
    id: "devices.connect.submit",
    defaultMessage: "Connect",
    description: "Button",
  },
  connecting: {
    id: "devices.connect.connecting",
    defaultMessage: "Connecting…",
    description: "Busy label",
  },
  connected: {
    id: "devices.connect.done",
    defaultMessage: "This device is now enrolled with your organization.",
    description: "After connecting",
  },
});

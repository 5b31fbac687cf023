// The console's words for devices: the enrolled devices and the IT enrollment tokens.
import { defineMessages } from "../../../locales/define-messages.ts";

export const deviceMessages = defineMessages({
  title: { id: "admin.devices.title", defaultMessage: "Devices", description: "Page heading" },
  description: {
    id: "admin.devices.description",
    defaultMessage: "Enrolled desktop devices and the tokens that let managed devices enroll.",
    description: "Under the Devices heading",
  },
  enrolled: {
    id: "admin.devices.enrolled",
    defaultMessage: "Enrolled devices",
    description: "Card heading",
  },
  loading: {
    id: "admin.devices.loading",
    defaultMessage: "Loading devices…",
    description: "While the devices load",
  },
  none: {
    id: "admin.devices.none",
    defaultMessage: "No device is enrolled yet.",
    description: "Empty list",
  },
  meta: {
    id: "admin.devices.meta",
    defaultMessage:
      "{hasOwner, select, yes {{email}} other {no owner}} · {os} · enrolled {enrolled}",
    description: "Under a device: its owner's email, its system and when it enrolled (a date)",
  },
  revoke: { id: "admin.devices.revoke", defaultMessage: "Revoke", description: "Button" },
  revokeLabel: {
    id: "admin.devices.revokeLabel",
    defaultMessage: "Revoke {name}",
    description: "Accessible name of a device's Revoke button; name is the device's name",
  },
  revoking: { id: "admin.devices.revoking", defaultMessage: "Revoking…", description: "Busy" },
  tokens: {
    id: "admin.devices.tokens",
    defaultMessage: "Enrollment tokens",
    description: "Card heading: tokens IT puts in managed devices' configuration",
  },
  label: { id: "admin.devices.tokenLabel", defaultMessage: "Label", description: "Field" },
  labelPlaceholder: {
    id: "admin.devices.tokenLabelPlaceholder",
    defaultMessage: "e.g. Berlin office laptops",
    description: "Example of a token's label",
  },
  validDays: {
    id: "admin.devices.validDays",
    defaultMessage: "Valid for (days)",
    description: "Field: the token's lifetime in days",
  },
  create: {
    id: "admin.devices.createToken",
    defaultMessage: "Create token",
    description: "Button",
  },
  creating: { id: "admin.devices.creating", defaultMessage: "Creating…", description: "Busy" },
  shownOnce: {
    id: "admin.devices.tokenShownOnce",
    defaultMessage: "Token for “{label}”, shown once: {token}",
    description: "The new token, shown once; label is its label, token the token itself",
  },
  copyToken: { id: "admin.devices.copyToken", defaultMessage: "Copy token", description: "Button" },
  done: { id: "admin.devices.done", defaultMessage: "Done", description: "Hides the new token" },
  validUntil: {
    id: "admin.devices.validUntil",
    defaultMessage: "valid until {date}",
    description: "Under a token; date is a date",
  },
  revokedOn: {
    id: "admin.devices.revokedOn",
    defaultMessage: "revoked {date}",
    description: "Under a revoked token; date is a date",
  },
  revokeTokenLabel: {
    id: "admin.devices.revokeTokenLabel",
    defaultMessage: "Revoke token {label}",
    description: "Accessible name of a token's Revoke button; label is the token's label",
  },
});

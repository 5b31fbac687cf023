// The words of push as a factor in Security (issue 17).
import { defineMessages } from "../../../locales/define-messages.ts";

export const pushFactorMessages = defineMessages({
  title: {
    id: "pushFactor.title",
    defaultMessage: "Sign-in approval on your desktop app",
    description: "Security card heading: sign-ins elsewhere are approved in the desktop app",
  },
  on: {
    id: "pushFactor.on",
    defaultMessage: "On",
    description: "Badge: push approval is on",
  },
  off: {
    id: "pushFactor.off",
    defaultMessage: "Off",
    description: "Badge: push approval is turned off",
  },
  explainOn: {
    id: "pushFactor.explainOn",
    defaultMessage:
      "When you sign in with your password in a browser, Gatehouse on {devices} asks you to pick the number the browser shows and to confirm with Touch ID or Windows Hello.",
    description:
      "Card text while push is on; devices is a list of computer names (“Alex’s MacBook”)",
  },
  explainOff: {
    id: "pushFactor.explainOff",
    defaultMessage:
      "Turned off: sign-ins in a browser ask for your authenticator app’s code instead.",
    description: "Card text while the user has turned push off",
  },
  required: {
    id: "pushFactor.required",
    defaultMessage: "Your organization requires sign-in approval on your desktop app.",
    description: "Note when the admin's policy requires push (no Turn off button)",
  },
  turnOff: {
    id: "pushFactor.turnOff",
    defaultMessage: "Turn off",
    description: "Button: stop approving sign-ins on the desktop app",
  },
  turningOff: {
    id: "pushFactor.turningOff",
    defaultMessage: "Turning off…",
    description: "Busy label of Turn off",
  },
  turnOn: {
    id: "pushFactor.turnOn",
    defaultMessage: "Turn on",
    description: "Button: approve sign-ins on the desktop app again",
  },
  turningOn: {
    id: "pushFactor.turningOn",
    defaultMessage: "Turning on…",
    description: "Busy label of Turn on",
  },
  confirmTitle: {
    id: "pushFactor.confirmTitle",
    defaultMessage: "Turn off sign-in approval?",
    description: "Confirmation dialog title before turning push off",
  },
  confirmText: {
    id: "pushFactor.confirmText",
    defaultMessage:
      "Your desktop app will no longer approve your sign-ins, and you will be signed out everywhere else.",
    description: "Confirmation dialog text before turning push off",
  },
});

// The words of the desktop app's sign-in approval (issue 17).
import { defineMessages } from "../../../locales/define-messages.ts";

export const approvalMessages = defineMessages({
  title: {
    id: "pushApproval.title",
    defaultMessage: "Is this you signing in?",
    description:
      "Dialog title in the desktop app: someone signs in elsewhere and asks for approval",
  },
  stepUpTitle: {
    id: "pushApproval.stepUp.title",
    defaultMessage: "Is this you opening {app}?",
    description:
      "Dialog title in the desktop app: an app that requires MFA is being opened in a browser; app is its name",
  },
  app: {
    id: "pushApproval.app",
    defaultMessage: "App",
    description: "Label: the app being opened (per-app MFA at launch)",
  },
  stepUpApprovedTitle: {
    id: "pushApproval.stepUp.approved.title",
    defaultMessage: "Opening {app} approved",
    description:
      "Dialog title after the right number was picked for an app being opened; app is its name",
  },
  stepUpApproved: {
    id: "pushApproval.stepUp.approved",
    defaultMessage: "The browser is opening {app} now.",
    description: "After the right number was picked for an app being opened; app is its name",
  },
  stepUpWrongNumberTitle: {
    id: "pushApproval.stepUp.wrongNumber.title",
    defaultMessage: "Opening {app} denied",
    description:
      "Dialog title after a wrong number was picked for an app being opened; app is its name",
  },
  stepUpWrongNumber: {
    id: "pushApproval.stepUp.wrongNumber",
    defaultMessage:
      "The number you picked is not the one that browser shows, so {app} was not opened. If it was you, open the app again from the portal.",
    description: "After a wrong number was picked for an app being opened; app is its name",
  },
  stepUpReportedTitle: {
    id: "pushApproval.stepUp.reported.title",
    defaultMessage: "Opening {app} reported",
    description: "Dialog title after “This wasn't me” for an app being opened; app is its name",
  },
  stepUpReported: {
    id: "pushApproval.stepUp.reported",
    defaultMessage:
      "We stopped {app} from opening, signed you out everywhere and locked your account to protect it. Your IT administrator has been told and will help you choose a new password.",
    description: "After “This wasn't me” for an app being opened; app is its name",
  },
  notMe: {
    id: "pushApproval.notMe",
    defaultMessage: "This wasn’t me",
    description: "Button: deny the sign-in and report it (signs out everywhere, locks the account)",
  },
  choicesLabel: {
    id: "pushApproval.choicesLabel",
    defaultMessage:
      "Pick the number that browser shows. You confirm with Touch ID or Windows Hello.",
    description: "Above the three number buttons; keep Touch ID and Windows Hello as they are",
  },
  account: {
    id: "pushApproval.account",
    defaultMessage: "Account",
    description: "Label: the account that signs in",
  },
  accountValue: {
    id: "pushApproval.accountValue",
    defaultMessage: "{name} ({email})",
    description: "The account: the person's display name and email",
  },
  browser: {
    id: "pushApproval.browser",
    defaultMessage: "Browser",
    description: "Label: the browser and system signing in (“Chrome on Windows”)",
  },
  from: {
    id: "pushApproval.from",
    defaultMessage: "From",
    description: "Label: the IP address and place the sign-in comes from",
  },
  unknownPlace: {
    id: "pushApproval.unknownPlace",
    defaultMessage: "Unknown",
    description: "The sign-in's address is not known",
  },
  time: {
    id: "pushApproval.time",
    defaultMessage: "Time",
    description: "Label: when the sign-in was asked for",
  },
  approvedTitle: {
    id: "pushApproval.approved.title",
    defaultMessage: "Sign-in approved",
    description: "Dialog title after the right number was picked",
  },
  approved: {
    id: "pushApproval.approved",
    defaultMessage: "The browser is signing you in now.",
    description: "After the right number was picked and confirmed",
  },
  wrongNumberTitle: {
    id: "pushApproval.wrongNumber.title",
    defaultMessage: "Sign-in denied",
    description: "Dialog title after a wrong number was picked",
  },
  wrongNumber: {
    id: "pushApproval.wrongNumber",
    defaultMessage:
      "The number you picked is not the one that browser shows, so the sign-in was denied. If it was you, send another request from the browser.",
    description: "After a wrong number was picked",
  },
  reportedTitle: {
    id: "pushApproval.reported.title",
    defaultMessage: "Sign-in reported",
    description: "Dialog title after “This wasn't me”",
  },
  reported: {
    id: "pushApproval.reported",
    defaultMessage:
      "We denied the sign-in, signed you out everywhere and locked your account to protect it. Your IT administrator has been told and will help you choose a new password.",
    description: "After “This wasn't me”",
  },
});

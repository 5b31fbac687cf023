// The sign-in, forgot-password and "Confirm it's you" screens' words.
import { defineMessages } from "../../../locales/define-messages.ts";

export const authMessages = defineMessages({
  titleUser: {
    id: "auth.login.titleUser",
    defaultMessage: "Sign in to your organization",
    description: "Heading of the sign-in page (user portal)",
  },
  titleAdmin: {
    id: "auth.login.titleAdmin",
    defaultMessage: "Sign in to the admin portal",
    description: "Heading of the sign-in page when Admin portal is chosen",
  },
  userPortal: {
    id: "auth.login.userPortal",
    defaultMessage: "User portal",
    description: "Switch option on the sign-in page: sign in as an employee",
  },
  adminPortal: {
    id: "auth.login.adminPortal",
    defaultMessage: "Admin portal",
    description: "Switch option on the sign-in page: sign in to the admin console",
  },
  portalSwitchLabel: {
    id: "auth.login.portalSwitchLabel",
    defaultMessage: "Sign in to",
    description: "Accessible name of the User portal / Admin portal switch",
  },
  help: {
    id: "auth.login.help",
    defaultMessage: "Need help signing in? Contact your IT administrator.",
    description: "Footer under the sign-in card",
  },
  signedOutElsewhere: {
    id: "auth.login.signedOutElsewhere",
    defaultMessage:
      "You were signed out from another device, or by your organization. Sign in again to continue.",
    description: "Notice on the sign-in page after the session ended on the server",
  },
  lockedAfterReport: {
    id: "auth.login.lockedAfterReport",
    defaultMessage:
      "You are signed out everywhere and your account is locked. Your IT administrator will help you get back in with a new password.",
    description:
      "Notice on the sign-in page after the user reported activity they did not recognize",
  },
  emailPrompt: {
    id: "auth.login.emailPrompt",
    defaultMessage: "Enter your company email to continue.",
    description: "Sign-in, first step",
  },
  companyEmail: {
    id: "auth.login.companyEmail",
    defaultMessage: "Company email",
    description: "Label of the email field at sign-in and forgot password",
  },
  emailInvalid: {
    id: "auth.login.emailInvalid",
    defaultMessage: "Enter your company email address, like name@company.com.",
    description: "Error under the email field: not an email address",
  },
  continue: {
    id: "auth.login.continue",
    defaultMessage: "Continue",
    description: "Button after the email step, and on the Confirm it's you page",
  },
  checking: {
    id: "auth.login.checking",
    defaultMessage: "Checking…",
    description: "Busy label of a button while the server checks what was entered",
  },
  change: {
    id: "auth.login.change",
    defaultMessage: "Change",
    description: "Link button next to the email on the password step: go back and change it",
  },
  password: {
    id: "auth.login.password",
    defaultMessage: "Password",
    description: "Label of the password field",
  },
  enterPassword: {
    id: "auth.login.enterPassword",
    defaultMessage: "Enter your password.",
    description: "Error under the password field: it is empty",
  },
  logIn: {
    id: "auth.login.logIn",
    defaultMessage: "Log in",
    description: "Button: sign in with the password",
  },
  signingIn: {
    id: "auth.login.signingIn",
    defaultMessage: "Signing in…",
    description: "Busy label of the Log in button",
  },
  forgotPassword: {
    id: "auth.login.forgotPassword",
    defaultMessage: "Forgot password?",
    description: "Link button to the password reset",
  },
  codePrompt: {
    id: "auth.login.codePrompt",
    defaultMessage: "Open your authenticator app and enter the code it shows for Gatehouse.",
    description: "Sign-in, second-factor step",
  },
  verify: {
    id: "auth.login.verify",
    defaultMessage: "Verify",
    description: "Button: check the second-factor code",
  },
  verifying: {
    id: "auth.login.verifying",
    defaultMessage: "Verifying…",
    description: "Busy label of the Verify button",
  },
  someoneElse: {
    id: "auth.login.someoneElse",
    defaultMessage: "Sign in as someone else",
    description: "Link button on the code step: start over with another email",
  },
  forgotTitle: {
    id: "auth.forgot.title",
    defaultMessage: "Reset your password",
    description: "Heading of the forgot-password page",
  },
  forgotPrompt: {
    id: "auth.forgot.prompt",
    defaultMessage: "Enter your company email. We will send you a link to choose a new password.",
    description: "Forgot-password page",
  },
  sendLink: {
    id: "auth.forgot.send",
    defaultMessage: "Send reset link",
    description: "Button on the forgot-password page",
  },
  sending: {
    id: "auth.forgot.sending",
    defaultMessage: "Sending…",
    description: "Busy label of Send reset link",
  },
  linkSent: {
    id: "auth.forgot.sent",
    defaultMessage:
      "If that address belongs to an account, we sent it a link to reset the password. The link works for one hour.",
    description:
      "After asking for a reset link. Must not reveal whether the address has an account",
  },
  backToSignIn: {
    id: "auth.forgot.back",
    defaultMessage: "Back to sign in",
    description: "Link button from forgot password to the sign-in page",
  },
  confirmTitle: {
    id: "auth.reverify.title",
    defaultMessage: "Confirm it’s you",
    description: "Heading of the re-verification page and dialog",
  },
  reverifyExplanation: {
    id: "auth.reverify.explanation",
    defaultMessage:
      "For your security, Gatehouse asks for your password again every so often and after you have been away. You stay where you were.",
    description: "Re-verification page: why the password is asked for again",
  },
  notYou: {
    id: "auth.reverify.notYou",
    defaultMessage: "Not you? <button>Sign out</button>",
    description: "Footer of the re-verification page; <button> is a link button that signs out",
  },
  recentExplanation: {
    id: "auth.recent.explanation",
    defaultMessage:
      "This needs a fresh confirmation that it's you. Then we continue where you were.",
    description:
      "Dialog before a sensitive action: a change to how the user signs in, an admin change, or approving an access request",
  },
  confirm: {
    id: "auth.recent.confirm",
    defaultMessage: "Confirm",
    description: "Button of the Confirm it's you dialog",
  },
});

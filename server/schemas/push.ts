// Shapes of sign-in approval on the desktop app (issue 17): what the waiting browser is told,
// what the desktop app receives when it asks for its requests, and the app's answer.
import { Type, type Static } from "typebox";
import { ApprovalNotice, KnownApprovalNotices } from "./approval-notices.ts";
import { AssertionResponse, DeviceChallenge, DeviceProofBody } from "./devices.ts";

const Iso = Type.String({ format: "date-time" });

/** What the browser shows while it waits: the number, where to look, and the other ways. */
export const PushPrompt = Type.Object({
  status: Type.Union([
    Type.Literal("pending"),
    Type.Literal("approved"),
    /** The app answered "This wasn't me", or a number that did not match. */
    Type.Literal("denied"),
    Type.Literal("expired"),
    Type.Literal("cancelled"),
    /** No request was sent: too many in 10 minutes (push fatigue protection). */
    Type.Literal("limited"),
    /** No request was sent: push is paused after denials in a row, until pausedUntil. */
    Type.Literal("paused"),
  ]),
  /** Why it was denied: "wrong_number" (the user may send another), "reported" (sign-in over). */
  denyReason: Type.Union([Type.Literal("wrong_number"), Type.Literal("reported"), Type.Null()]),
  /** The two-digit number to pick on the desktop app; null when no request is out. */
  number: Type.Union([Type.Integer(), Type.Null()]),
  /** The desktop apps that can approve, by name ("Alex’s MacBook"). */
  devices: Type.Array(Type.String()),
  expiresAt: Type.Union([Iso, Type.Null()]),
  /** Whether "Use a code instead" is offered (the user has an authenticator app). */
  codeAvailable: Type.Boolean(),
  /** Whether "Send another request" can work now (not paused, not over the limit, not reported). */
  canRetry: Type.Boolean(),
  /** Set while push is paused for this user after denials in a row. */
  pausedUntil: Type.Union([Iso, Type.Null()]),
});
export type PushPrompt = Static<typeof PushPrompt>;

/** How long the waiting browser's or the desktop app's request may wait for a change. */
export const WaitBody = Type.Object(
  { waitSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 25 })) },
  { additionalProperties: false },
);
export type WaitBody = Static<typeof WaitBody>;

/** The answer of the waiting browser's long poll: a prompt, or signed in and what comes next. */
export const PushWaitAnswer = Type.Object({
  prompt: PushPrompt,
  next: Type.Optional(
    Type.Union([Type.Literal("done"), Type.Literal("change_password"), Type.Literal("enroll_mfa")]),
  ),
});
export type PushWaitAnswer = Static<typeof PushWaitAnswer>;

/** One of the three numbers the desktop app offers, with the WebAuthn challenge picking it signs. */
export const PushChoice = Type.Object({ number: Type.Integer(), challenge: Type.String() });
export type PushChoice = Static<typeof PushChoice>;

/** A request as the desktop app receives it from POST /api/push/inbox. */
export const PushRequestEvent = Type.Object({
  id: Type.String(),
  user: Type.Object({ email: Type.String(), displayName: Type.String() }),
  purpose: Type.Union([Type.Literal("sign_in"), Type.Literal("step_up")]),
  /** The app a step-up opens. */
  appName: Type.Union([Type.String(), Type.Null()]),
  /** Who is asking: "Chrome on Windows" (in English, for programs), their address, and a place only from configuration. */
  browser: Type.String(),
  /** The same as names the app puts in its own words (server/security/user-agent.ts). */
  device: Type.Object({
    client: Type.Union([Type.Literal("desktop"), Type.Literal("web")]),
    browser: Type.Union([Type.String(), Type.Null()]),
    system: Type.Union([Type.String(), Type.Null()]),
  }),
  ip: Type.Union([Type.String(), Type.Null()]),
  place: Type.Union([Type.String(), Type.Null()]),
  createdAt: Iso,
  expiresAt: Iso,
  choices: Type.Array(PushChoice),
  /** The user's passkeys on this device: the assertion must come from one of them. */
  allowCredentials: Type.Array(Type.String()),
});
export type PushRequestEvent = Static<typeof PushRequestEvent>;

/**
 * The desktop app's long poll: its device proof, how long it may wait, and the requests it
 * already shows — the answer comes as soon as the waiting requests differ from those.
 */
export const PushInboxBody = Type.Object(
  {
    deviceProof: DeviceProofBody,
    waitSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 25 })),
    known: Type.Optional(
      Type.Array(Type.String({ minLength: 36, maxLength: 36, pattern: "^[0-9a-f-]+$" }), {
        maxItems: 10,
      }),
    ),
    /**
     * Sent by the desktop app's main process only: the access requests waiting for its user's
     * decision come too, and a change in them also answers the poll.
     */
    knownApprovals: Type.Optional(KnownApprovalNotices),
  },
  { additionalProperties: false },
);
export type PushInboxBody = Static<typeof PushInboxBody>;

/** The requests waiting for this device; a request no longer listed was answered or ended. */
export const PushInbox = Type.Object({
  requests: Type.Array(PushRequestEvent),
  /** Present when the poll sent `knownApprovals`: the access requests it may notify. */
  approvals: Type.Optional(Type.Array(ApprovalNotice)),
  /**
   * A fresh device challenge for the next long poll, so a polling app does not ask
   * POST /api/devices/challenge (under the per-address sign-in limit) every time.
   */
  nextChallenge: DeviceChallenge,
});
export type PushInbox = Static<typeof PushInbox>;

export const PushRequestParams = Type.Object(
  { id: Type.String({ minLength: 36, maxLength: 36, pattern: "^[0-9a-f-]+$" }) },
  { additionalProperties: false },
);
export type PushRequestParams = Static<typeof PushRequestParams>;

/** Approve: the number picked, Touch ID / Windows Hello's assertion over its challenge, a device proof. */
export const PushApproveBody = Type.Object(
  {
    number: Type.Integer({ minimum: 10, maximum: 99 }),
    response: AssertionResponse,
    deviceProof: DeviceProofBody,
  },
  { additionalProperties: false },
);
export type PushApproveBody = Static<typeof PushApproveBody>;

/** "This wasn't me": denies, ends the pending sign-in and reports it (locks the account). */
export const PushReportBody = Type.Object(
  { deviceProof: DeviceProofBody },
  { additionalProperties: false },
);
export type PushReportBody = Static<typeof PushReportBody>;

export const PushAnswerOutcome = Type.Object({
  outcome: Type.Union([Type.Literal("approved"), Type.Literal("denied"), Type.Literal("reported")]),
  /** Set with "denied": the number picked was not the one the browser shows. */
  reason: Type.Optional(Type.Literal("wrong_number")),
});
export type PushAnswerOutcome = Static<typeof PushAnswerOutcome>;

/** Push as the user's factor in Security (GET /api/me/push). */
export const PushFactorView = Type.Object({
  /** The policy allows push and one of the user's computers can approve. */
  available: Type.Boolean(),
  /** The policy requires push: it cannot be turned off. */
  required: Type.Boolean(),
  /** Not turned off by the user (always on while the policy requires it). */
  on: Type.Boolean(),
  /** The computers that approve, by name. */
  devices: Type.Array(Type.String()),
});
export type PushFactorView = Static<typeof PushFactorView>;

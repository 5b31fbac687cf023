// What the browser sends during a launch: the one-time ticket in the link, the per-app MFA form,
// and the OpenID Provider's interaction id.
import { Type, type Static } from "typebox";
import { Identifier, Text } from "./strings.ts";

export const TicketParams = Type.Object(
  { ticket: Text({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false },
);
export type TicketParams = Static<typeof TicketParams>;

/** A form post: other fields (none today) are ignored, not refused. */
export const StepUpBody = Type.Object(
  { code: Text({ maxLength: 32 }) },
  { additionalProperties: true },
);
export type StepUpBody = Static<typeof StepUpBody>;

export const InteractionParams = Type.Object(
  { uid: Identifier() },
  { additionalProperties: false },
);
export type InteractionParams = Static<typeof InteractionParams>;

/** The forms of the step-up page while the desktop app is asked (their one hidden field). */
export const StepUpPushForm = Type.Object({}, { additionalProperties: true });
export type StepUpPushForm = Static<typeof StepUpPushForm>;

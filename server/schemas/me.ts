// The signed-in user's own account as the portal sees it. No hashes, no internal state.
import { Type, type Static } from "typebox";
import { LocaleCode } from "./locale.ts";
import { ProfileFieldName } from "./profile.ts";

const Optional = Type.Union([Type.String(), Type.Null()]);

export const Me = Type.Object({
  id: Type.String(),
  email: Type.String(),
  username: Type.String(),
  firstName: Type.String(),
  lastName: Type.String(),
  displayName: Type.String(),
  role: Type.Union([Type.Literal("user"), Type.Literal("admin")]),
  mustChangePassword: Type.Boolean(),
  /** The profile fields the admin locked (the server refuses edits to them). */
  lockedProfileFields: Type.Array(ProfileFieldName),
  /** When the password expires; null when expiry is off (the default). */
  passwordExpiresAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  /** From this many days before expiry, reminders go out and the portal shows a banner. */
  passwordReminderDays: Type.Integer(),
  personal: Type.Object({
    mobilePhone: Optional,
    workPhone: Optional,
    homeAddress: Optional,
    personalEmail: Optional,
  }),
  employment: Type.Object({
    jobTitle: Optional,
    department: Optional,
    employeeId: Optional,
    manager: Optional,
    costCenter: Optional,
    officeLocation: Optional,
    startDate: Optional,
  }),
  /** The user's own language choice (docs/design.md §10); null follows the browser. */
  locale: Type.Union([LocaleCode, Type.Null()]),
  /** Set while the MFA policy asks this user to set up a factor; required once past the deadline. */
  mfaEnrollment: Type.Union([
    Type.Object({ deadline: Type.String({ format: "date-time" }), required: Type.Boolean() }),
    Type.Null(),
  ]),
  session: Type.Object({
    verifiedAt: Type.String({ format: "date-time" }),
    /** When the next full verification is due (verifiedAt + the policy's interval). */
    reverifyAt: Type.String({ format: "date-time" }),
    /** Minutes without a request after which the session re-verifies. */
    idleMinutes: Type.Integer(),
    expiresAt: Type.String({ format: "date-time" }),
  }),
});
export type Me = Static<typeof Me>;

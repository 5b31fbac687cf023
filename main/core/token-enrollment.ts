// Enrollment with the token IT pushes (docs/design.md §1.4), tried whenever there is a chance it
// now works — the portal page loaded, the network came back — until the portal accepts the device
// or refuses the token. A refusal is final for this run (a wrong or expired token does not become
// right by retrying); an unreachable portal is tried again at the next chance.
import type { EnrollmentOutcome } from "./device-enrollment.ts";

export type TokenEnrollmentState = "pending" | "enrolled" | "refused";

export type TokenEnrollment = {
  /** Tries once unless already done or already running; resolves when the try ends. */
  attempt(): Promise<TokenEnrollmentState>;
  state(): TokenEnrollmentState;
};

export function createTokenEnrollment(options: {
  /** Whether this device already has an id from the organization. */
  isEnrolled(): Promise<boolean>;
  enroll(): Promise<EnrollmentOutcome>;
  log(message: string): void;
}): TokenEnrollment {
  let state: TokenEnrollmentState = "pending";
  let running: Promise<TokenEnrollmentState> | undefined;

  const run = async (): Promise<TokenEnrollmentState> => {
    if (await options.isEnrolled()) {
      state = "enrolled";
      return state;
    }
    const outcome = await options.enroll();
    if (outcome.ok) {
      state = "enrolled";
      options.log(`Device enrolled with the organization's token (device ${outcome.deviceId}).`);
    } else if (outcome.code === "ENROLLMENT_REFUSED") {
      state = "refused";
      options.log(`Device enrollment with the IT token was refused: ${outcome.message}`);
    } else {
      options.log(
        "Device enrollment with the IT token failed; it is tried again when the network changes.",
      );
    }
    return state;
  };

  return {
    attempt() {
      if (state !== "pending") {
        return Promise.resolve(state);
      }
      running ??= run()
        .catch((error: unknown) => {
          // The keystore may be locked or missing; the next chance tries again.
          options.log(
            `Device enrollment with the IT token could not run: ${error instanceof Error ? error.message : String(error)}`,
          );
          return state;
        })
        .finally(() => {
          running = undefined;
        });
      return running;
    },
    state: () => state,
  };
}

// What a launch's per-app MFA by push needs besides the launch itself: the change channel that
// carries push requests between instances, and the closing signal that ends long polls.
import type { PushChannelContext } from "../auth/push/push-offer.ts";
import type { LaunchContext } from "./launch-access.ts";

export type PushStepUpContext = LaunchContext & PushChannelContext & { closing: AbortSignal };

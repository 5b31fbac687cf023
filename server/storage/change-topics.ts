// The change channel's topics (storage/change-channel.ts): one name per kind of shared state an
// instance keeps in memory or holds connections for, published wherever that state changes,
// subscribed to wherever it is cached or awaited.
export const changeTopics = {
  /** SSO signing and cookie keys (sso/sso-keys.ts): rotated by the admin CLI or API. */
  ssoKeys: "sso-keys",
  /** The admin policies (policies/policy-store.ts): changed by the admin CLI or API. */
  policies: "policies",
  /** Push requests (auth/push/): created, answered or cancelled on any instance. */
  pushRequests: "push-requests",
  /** Access requests (requests/): asked, decided a step, or cancelled on any instance. */
  accessRequests: "access-requests",
} as const;

export type ChangeTopic = (typeof changeTopics)[keyof typeof changeTopics];

/** Tells every instance that a topic changed; the one thing a writer of shared state needs. */
export type AnnounceChange = (topic: ChangeTopic) => Promise<void>;

/** For a process no running server shares its database with (the CLI's own tests). */
export const announceNothing: AnnounceChange = () => Promise.resolve();

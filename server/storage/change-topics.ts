// The change channel's topics (storage/change-channel.ts): one name per kind of shared state an
// instance keeps in memory or holds connections for, published wherever it changes.
export const changeTopics = {
  /** Push requests (auth/push/): created, answered or cancelled on any instance. */
  pushRequests: "push-requests",
} as const;

export type ChangeTopic = (typeof changeTopics)[keyof typeof changeTopics];

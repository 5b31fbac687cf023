// Waiting for shared state to change (a long poll): re-read whenever the change channel says the
// topic changed on any instance, answer as soon as the reader finds something, and give up
// after the wait or when the server is closing — so a waiting request never holds up a drain.
import type { ChangeChannel } from "./change-channel.ts";

export async function waitForChange<T>(
  channel: ChangeChannel,
  input: {
    /** Any of these topics changing wakes the wait. */
    topics: readonly string[];
    /** Reads the state; undefined means "nothing yet, keep waiting". */
    read: () => Promise<T | undefined>;
    waitMilliseconds: number;
    /** Aborted when the server starts closing. */
    closing: AbortSignal;
  },
): Promise<T | undefined> {
  let wake: (() => void) | undefined;
  let changes = 0;
  const unsubscribes = input.topics.map((topic) =>
    channel.subscribe(topic, () => {
      changes += 1;
      wake?.();
    }),
  );
  const deadline = Date.now() + input.waitMilliseconds;
  try {
    for (;;) {
      const changesBefore = changes;
      const value = await input.read();
      const left = deadline - Date.now();
      if (value !== undefined || left <= 0 || input.closing.aborted) {
        return value;
      }
      if (changes !== changesBefore) {
        continue; // a change arrived while reading: read again before sleeping
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        const done = () => {
          clearTimeout(timer);
          input.closing.removeEventListener("abort", done);
          resolve();
        };
        wake = done;
        input.closing.addEventListener("abort", done, { once: true });
      });
      wake = undefined;
    }
  } finally {
    for (const unsubscribe of unsubscribes) {
      unsubscribe();
    }
  }
}

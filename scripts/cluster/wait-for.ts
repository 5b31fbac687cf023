// Polls a condition until it holds or a deadline passes: how the cluster and the fault suite wait
// for processes they do not control (a port that opens, a load balancer that notices a change).

/** Resolves once `condition` returns true; throws, naming what was awaited, at the deadline. */
export async function waitFor(
  what: string,
  timeoutMilliseconds: number,
  condition: () => Promise<boolean> | boolean,
  intervalMilliseconds = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMilliseconds;
  for (;;) {
    if (await condition()) {
      return;
    }
    if (Date.now() >= deadline) {
      throw new Error(`Timed out after ${timeoutMilliseconds / 1000} s waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMilliseconds));
  }
}

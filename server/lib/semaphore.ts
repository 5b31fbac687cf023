// A counting semaphore: at most `limit` tasks run at once, the rest wait in order. Used to keep
// argon2 (19 MiB each) bounded by the core count so memory stays flat under a flood of sign-ins.
export type Semaphore = { run<T>(task: () => Promise<T>): Promise<T> };

export function createSemaphore(limit: number): Semaphore {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next === undefined) {
      running -= 1;
    } else {
      next(); // the slot passes straight to the next task
    }
  };
  return {
    async run(task) {
      if (running < limit) {
        running += 1;
      } else {
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

// A bench loop with `concurrency` calls in flight, bounded by a count and a deadline: the results
// of the calls made before either ran out.
export async function bounded<T>(
  concurrency: number,
  limit: number,
  milliseconds: number,
  work: () => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  const deadline = performance.now() + milliseconds;
  let started = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < limit && performance.now() < deadline) {
        started += 1;
        results.push(await work());
      }
    }),
  );
  return results;
}

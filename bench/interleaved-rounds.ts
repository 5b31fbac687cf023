// A figure measured in two states of the database (empty and loaded) in alternating rounds, so
// neither warm-up nor drift decides the ratio: the order flips every round (empty→loaded, then
// loaded→empty, …), and each state's figure is the median of its rounds' medians.

export type State = "empty" | "loaded";

export type SampleBounds = { samples: number; deadlineMs: number };

/** Times `once` one call at a time, up to `samples` calls or the deadline; the median in ms. */
export async function medianLatency(
  once: () => Promise<void>,
  bounds: SampleBounds,
): Promise<{ median: number; samples: number }> {
  const latencies: number[] = [];
  const deadline = performance.now() + bounds.deadlineMs;
  while (latencies.length < bounds.samples && performance.now() < deadline) {
    const begin = performance.now();
    await once();
    latencies.push(performance.now() - begin);
  }
  return { median: median(latencies), samples: latencies.length };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) {
    throw new Error("no value to take the median of: the deadline passed before the first one");
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The states in the order they are measured: ABBA…, each state first in half the rounds. */
export function roundOrder(rounds: number): State[] {
  return Array.from({ length: rounds }, (_, round): State[] =>
    round % 2 === 0 ? ["empty", "loaded"] : ["loaded", "empty"],
  ).flat();
}

export type Interleaved<Name extends string> = {
  /** Per figure: the median of its rounds' medians in each state, and every round's median. */
  figures: Record<Name, Record<State, { median: number; rounds: number[] }>>;
};

/**
 * Runs `rounds` rounds (an even number, so each state leads equally often). Moving between
 * states is `load` / `unload`; `measure` returns every figure's median for the current state.
 */
export async function measureInterleaved<Name extends string>(input: {
  rounds: number;
  names: readonly Name[];
  load: () => Promise<void>;
  unload: () => Promise<void>;
  measure: (state: State) => Promise<Record<Name, number>>;
}): Promise<Interleaved<Name>> {
  if (input.rounds < 2 || input.rounds % 2 !== 0) {
    throw new Error("rounds must be an even number ≥ 2, so each state leads as often");
  }
  const perRound = Object.fromEntries(
    input.names.map((name) => [name, { empty: [] as number[], loaded: [] as number[] }]),
  ) as Record<Name, Record<State, number[]>>;
  let current: State = "empty";
  for (const state of roundOrder(input.rounds)) {
    if (state !== current) {
      await (state === "loaded" ? input.load() : input.unload());
      current = state;
    }
    const medians = await input.measure(state);
    for (const name of input.names) {
      perRound[name][state].push(medians[name]);
    }
  }
  if (current === "loaded") {
    await input.unload();
  }
  const summary = (rounds: number[]) => ({ median: median(rounds), rounds });
  return {
    figures: Object.fromEntries(
      input.names.map((name) => [
        name,
        { empty: summary(perRound[name].empty), loaded: summary(perRound[name].loaded) },
      ]),
    ) as Interleaved<Name>["figures"],
  };
}

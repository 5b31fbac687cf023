// Loads one list for a Security card and reloads it on demand, with the three states a person
// needs to see: loading, failed (with the reason), loaded.
import { useCallback, useEffect, useState } from "react";
import { handledReverification } from "../../stores/session.ts";
import { type ApiError, apiErrorOf } from "../../lib/http.ts";

export type Loaded<T> =
  { state: "loading" } | { state: "failed"; error: ApiError } | { state: "loaded"; value: T };

export function useLoader<T>(load: () => Promise<T>): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  const reload = useCallback(() => {
    load().then(
      (value) => setLoaded({ state: "loaded", value }),
      (error: unknown) => {
        if (!handledReverification(error)) {
          setLoaded({ state: "failed", error: apiErrorOf(error) });
        }
      },
    );
  }, [load]);
  useEffect(reload, [reload]);
  return [loaded, reload];
}

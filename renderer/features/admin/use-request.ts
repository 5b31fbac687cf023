// Loads what a console page shows and reloads it on demand: loading, failed (with the reason) or
// loaded. A session that needs re-verification hands over to the session store.
import { useCallback, useEffect, useState } from "react";
import { apiErrorOf, type ApiError } from "../../lib/http.ts";
import { handledReverification } from "../../stores/session.ts";

export type Requested<T> =
  { state: "loading" } | { state: "failed"; error: ApiError } | { state: "loaded"; value: T };

export function useRequest<T>(load: () => Promise<T>): [Requested<T>, () => void] {
  const [requested, setRequested] = useState<Requested<T>>({ state: "loading" });
  const reload = useCallback(() => {
    let current = true;
    load().then(
      (value) => current && setRequested({ state: "loaded", value }),
      (error: unknown) => {
        if (current && !handledReverification(error)) {
          setRequested({ state: "failed", error: apiErrorOf(error) });
        }
      },
    );
    return () => {
      current = false; // a newer request replaced this one
    };
  }, [load]);
  useEffect(reload, [reload]);
  return [requested, reload];
}

// One button's or form's call to the server: busy while it runs (a second call meanwhile is
// refused, so nothing is sent twice), what went wrong in the admin's words, and a session that
// needs re-verification handed over to the session store. The counterpart of use-request.ts.
import { useCallback, useEffect, useRef, useState } from "react";
import { useErrorText } from "../../lib/error-messages.ts";
import { apiErrorOf, type ApiError } from "../../lib/http.ts";
import { handledReverification } from "../../stores/session.ts";

export type Action = {
  /** Runs `work` unless a call is running; `key` says which of several buttons pressed. */
  run: (work: () => Promise<void>, key?: string) => Promise<void>;
  busy: boolean;
  /** The key of the call running, "" for one without a key. */
  busyWith: string | undefined;
  error: ApiError | undefined;
  /** Shows an error found elsewhere (a search beside the buttons); undefined clears it. */
  setError: (error: unknown) => void;
  /** The error in words. */
  errorText: string | undefined;
  /** The error in words when the server named this field. */
  errorAt: (field: string) => string | undefined;
  /** The error in words when it names none of these fields (it goes above or below them). */
  errorBesides: (fields: readonly string[]) => string | undefined;
};

export function useAction(): Action {
  const describeError = useErrorText();
  const [busyWith, setBusyWith] = useState<string>();
  const [error, setStoredError] = useState<ApiError>();
  const running = useRef(false); // state arrives a render late; two clicks in one frame do not
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false; // the re-verification page replaces the console mid-call
    };
  }, []);

  const setError = useCallback((caught: unknown) => {
    setStoredError(caught === undefined ? undefined : apiErrorOf(caught));
  }, []);
  const run = useCallback(async (work: () => Promise<void>, key = "") => {
    if (running.current) {
      return;
    }
    running.current = true;
    setBusyWith(key);
    setStoredError(undefined);
    try {
      await work();
    } catch (caught) {
      if (!handledReverification(caught) && mounted.current) {
        setStoredError(apiErrorOf(caught));
      }
    } finally {
      running.current = false;
      if (mounted.current) {
        setBusyWith(undefined);
      }
    }
  }, []);

  const errorText = error === undefined ? undefined : describeError(error);
  return {
    run,
    busy: busyWith !== undefined,
    busyWith,
    error,
    setError,
    errorText,
    errorAt: (field) => (error?.field === field ? errorText : undefined),
    errorBesides: (fields) =>
      error !== undefined && !fields.includes(error.field ?? "") ? errorText : undefined,
  };
}

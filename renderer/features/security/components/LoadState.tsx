// What a Security card shows while its list loads or after it failed to.
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import type { Loaded } from "../use-loader.ts";

export function LoadState<T>({
  loaded,
  what,
  onRetry,
}: {
  loaded: Loaded<T>;
  what: string;
  onRetry: () => void;
}) {
  if (loaded.state === "loading") {
    return (
      <p className="card-note" role="status">
        Loading {what}…
      </p>
    );
  }
  if (loaded.state === "failed") {
    return (
      <div className="alert alert-error" role="alert">
        <AlertIcon size={18} />
        <span>
          Could not load {what}. {loaded.error.message}{" "}
          <Button variant="quiet" onClick={onRetry}>
            Try again
          </Button>
        </span>
      </div>
    );
  }
  return null;
}

// Catches a part of the portal that failed to download (renderer/app/App.tsx loads the signed-in
// screens on demand, the sign-in page its approval step): without it a dropped connection or a deploy that removed the old chunk would leave
// a blank page. Says so in words and offers a reload, which fetches the current files.
import { Component, type ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import { Button } from "./Button.tsx";
import { loadFailureMessages as m } from "./load-failure-messages.ts";

type Props = { children: ReactNode };

export class LoadFailureBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) {
      return this.props.children;
    }
    return (
      <div className="splash">
        <div className="splash-message" role="alert">
          <h1>
            <FormattedMessage {...m.loadFailedTitle} />
          </h1>
          <p>
            <FormattedMessage {...m.loadFailed} />
          </p>
          <Button onClick={() => window.location.reload()}>
            <FormattedMessage {...m.tryAgain} />
          </Button>
        </div>
      </div>
    );
  }
}

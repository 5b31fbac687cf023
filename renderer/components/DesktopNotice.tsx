// A short message at the bottom of the window for what happened outside the page — a desktop
// link that could not open its app, a "Verify now" that did not work — with a way to dismiss it.
import { FormattedMessage } from "react-intl";
import "./desktop-notice.css";
import { commonMessages } from "./messages.ts";

export function DesktopNotice(props: { message: string | undefined; onDismiss: () => void }) {
  if (props.message === undefined) {
    return null;
  }
  return (
    <div className="alert alert-error desktop-notice" role="alert">
      <span>{props.message}</span>
      <button type="button" className="desktop-notice-close" onClick={props.onDismiss}>
        <FormattedMessage {...commonMessages.dismiss} />
      </button>
    </div>
  );
}

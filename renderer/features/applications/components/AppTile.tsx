// One app on the Applications page: a large button that launches it (icon and name), and a
// "Details" button beside it when the admin wrote notes.
import type { KeyboardEvent } from "react";
import type { PortalApp } from "../api.ts";

const tileColors = ["#3b4fd8", "#0e7c66", "#b5470b", "#7a3fc2", "#0b6fa4", "#a3265c"];

function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const letters =
    words.length > 1 ? `${words[0]?.[0] ?? ""}${words[1]?.[0] ?? ""}` : name.slice(0, 2);
  return letters.toUpperCase();
}

function colorOf(name: string): string {
  let hash = 0;
  for (const character of name) {
    hash = (hash * 31 + (character.codePointAt(0) ?? 0)) >>> 0;
  }
  return tileColors[hash % tileColors.length] ?? "#3b4fd8";
}

export function AppIcon({ app, size }: { app: PortalApp; size: number }) {
  if (app.iconUrl !== null) {
    return <img className="app-icon" src={app.iconUrl} alt="" width={size} height={size} />;
  }
  return (
    <span
      className="app-icon app-icon-initials"
      aria-hidden="true"
      ref={(element) => {
        // Inline style attributes are blocked by our CSP; CSSOM properties are not.
        element?.style.setProperty("--app-color", colorOf(app.name));
      }}
    >
      {initialsOf(app.name)}
    </span>
  );
}

export function AppTile(props: {
  app: PortalApp;
  launching: boolean;
  onLaunch: () => void;
  onDetails: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}) {
  const { app } = props;
  return (
    <li className="app-tile">
      <button
        type="button"
        className="app-tile-launch"
        data-app-tile
        onClick={props.onLaunch}
        onKeyDown={props.onKeyDown}
        aria-busy={props.launching || undefined}
        aria-describedby={app.requiresMfa ? `mfa-${app.id}` : undefined}
      >
        <AppIcon app={app} size={48} />
        <span className="app-tile-name">{app.name}</span>
        {props.launching ? (
          <span className="app-tile-status" role="status">
            <span className="spinner" aria-hidden="true" /> Opening…
          </span>
        ) : app.requiresMfa ? (
          <span className="app-tile-status" id={`mfa-${app.id}`}>
            Asks for MFA
          </span>
        ) : null}
      </button>
      {app.notes !== null ? (
        <button
          type="button"
          className="app-tile-details"
          onClick={props.onDetails}
          aria-label={`Details about ${app.name}`}
        >
          Details
        </button>
      ) : null}
    </li>
  );
}

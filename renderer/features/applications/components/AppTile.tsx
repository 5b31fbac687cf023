// One app on the Applications page: a large button that launches it (icon and name), and a
// "Details" button beside it when the admin wrote notes.
import type { KeyboardEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { PortalApp } from "../api.ts";
import { applicationsMessages as m } from "../messages.ts";

/** Each keeps at least 4.5:1 with the white initials, in both themes. */
export const tileColors = [
  "#3b4fd8",
  "#0e7c66",
  "#b5470b",
  "#7a3fc2",
  "#0b6fa4",
  "#a3265c",
  "#4d6b12",
  "#8a4b08",
  "#1f6f8b",
  "#9c2f2f",
  "#5a4fcf",
  "#2f6a4f",
];

function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const letters =
    words.length > 1 ? `${words[0]?.[0] ?? ""}${words[1]?.[0] ?? ""}` : name.slice(0, 2);
  return letters.toUpperCase();
}

/**
 * Tiles side by side get different colours: the app's place in the list picks one, so no two
 * of the first twelve apps share a colour and a tile keeps its colour while the search filters.
 */
export function colorOf(index: number): string {
  return tileColors[index % tileColors.length] ?? "#3b4fd8";
}

export function AppIcon({ app, size, color }: { app: PortalApp; size: number; color: string }) {
  if (app.iconUrl !== null) {
    return <img className="app-icon" src={app.iconUrl} alt="" width={size} height={size} />;
  }
  return (
    <span
      className="app-icon app-icon-initials"
      aria-hidden="true"
      translate="no"
      dir="auto"
      ref={(element) => {
        // Inline style attributes are blocked by our CSP; CSSOM properties are not.
        element?.style.setProperty("--app-color", color);
      }}
    >
      {initialsOf(app.name)}
    </span>
  );
}

export function AppTile(props: {
  app: PortalApp;
  color: string;
  launching: boolean;
  onLaunch: () => void;
  onDetails: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}) {
  const { app } = props;
  const intl = useIntl();
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
        <AppIcon app={app} size={48} color={props.color} />
        <span className="app-tile-name" translate="no" dir="auto">
          {app.name}
        </span>
        {props.launching ? (
          <span className="app-tile-status" role="status">
            <span className="spinner" aria-hidden="true" /> <FormattedMessage {...m.opening} />
          </span>
        ) : app.requiresMfa ? (
          <span className="app-tile-status" id={`mfa-${app.id}`}>
            <FormattedMessage {...m.tileMfa} />
          </span>
        ) : null}
      </button>
      {app.notes !== null ? (
        <button
          type="button"
          className="app-tile-details"
          onClick={props.onDetails}
          aria-label={intl.formatMessage(m.detailsLabel, { app: app.name })}
        >
          <FormattedMessage {...m.details} />
        </button>
      ) : null}
    </li>
  );
}

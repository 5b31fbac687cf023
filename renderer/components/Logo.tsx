// The Gatehouse mark and word mark.
import { FormattedMessage } from "react-intl";
import { commonMessages } from "./messages.ts";

export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--color-logo)" />
      <path
        d="M8 24V13.5L16 8l8 5.5V24h-5v-6.5a3 3 0 0 0-6 0V24H8Z"
        fill="none"
        stroke="#fff"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function Logo() {
  return (
    <span className="logo">
      <LogoMark />
      <span className="logo-text">
        <FormattedMessage {...commonMessages.brand} />
      </span>
    </span>
  );
}

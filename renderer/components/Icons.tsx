// Line icons used across the portal (24×24, stroke = currentColor). Decorative: hidden from
// assistive technology; the surrounding control carries the label.
import type { ReactNode } from "react";

/** The shared 24×24 line-icon frame; status icons use it smaller and with a heavier stroke. */
export function Icon({
  children,
  size = 20,
  strokeWidth = 1.75,
  mirrored = false,
}: {
  children: ReactNode;
  size?: number | undefined;
  strokeWidth?: number;
  /** For icons whose meaning has a direction (an arrow out of a door): flipped right to left. */
  mirrored?: boolean;
}) {
  return (
    <svg
      className={mirrored ? "icon-mirrored" : undefined}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const AppsIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <rect x="3.5" y="3.5" width="7" height="7" rx="1.5" />
    <rect x="13.5" y="3.5" width="7" height="7" rx="1.5" />
    <rect x="3.5" y="13.5" width="7" height="7" rx="1.5" />
    <rect x="13.5" y="13.5" width="7" height="7" rx="1.5" />
  </Icon>
);

export const ProfileIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <circle cx="12" cy="8" r="4" />
    <path d="M4 20.5c1.5-4 4.5-6 8-6s6.5 2 8 6" />
  </Icon>
);

export const ShieldIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <path d="M12 3 4.5 6v5.5c0 4.5 3.2 8.3 7.5 9.5 4.3-1.2 7.5-5 7.5-9.5V6L12 3Z" />
    <path d="m9 12 2 2 4-4" />
  </Icon>
);

export const RequestIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <path d="M4 13.5 6.5 5h11L20 13.5V19a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1v-5.5Z" />
    <path d="M4 13.5h4.5l1.5 2.5h4l1.5-2.5H20" />
  </Icon>
);

export const ApproveIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <rect x="4" y="3.5" width="16" height="17" rx="2" />
    <path d="m8.5 12 2.5 2.5 4.5-5" />
  </Icon>
);

export const LogOutIcon = ({ size }: { size?: number }) => (
  <Icon size={size} mirrored>
    <path d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3" />
    <path d="M10 17l-5-5 5-5" />
    <path d="M5 12h11" />
  </Icon>
);

export const EyeIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12Z" />
    <circle cx="12" cy="12" r="3" />
  </Icon>
);

export const EyeOffIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <path d="M3 3l18 18" />
    <path d="M10.6 5.6A9.7 9.7 0 0 1 12 5.5c6 0 9.5 6.5 9.5 6.5a17 17 0 0 1-3 3.7M6.6 6.6C4 8.3 2.5 12 2.5 12S6 18.5 12 18.5a9 9 0 0 0 4.4-1.1" />
    <path d="M9.9 9.9a3 3 0 0 0 4.2 4.2" />
  </Icon>
);

export const AlertIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7.5v5.5" />
    <path d="M12 16.5h.01" />
  </Icon>
);

export const KeyIcon = ({ size }: { size?: number }) => (
  <Icon size={size}>
    <circle cx="8" cy="15" r="4" />
    <path d="m11 12 8.5-8.5M16 6l2.5 2.5M14 8l2 2" />
  </Icon>
);

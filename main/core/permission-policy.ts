// Which web permissions a page in the window gets (session.setPermissionCheckHandler and
// setPermissionRequestHandler): none, except writing to the clipboard from the portal's own
// main frame, so "copy" buttons for keys and codes work. Everything else — camera, microphone,
// notifications, geolocation, HID/USB/serial, any permission added to Chromium later — is
// refused, for every origin (Electron security checklist, item "permission request handlers").

export type PermissionQuery = {
  permission: string;
  /** The origin asking, as Electron reports it (may be a full URL or "null"). */
  requestingOrigin: string;
  isMainFrame: boolean;
};

const allowedOnPortal = new Set(["clipboard-sanitized-write"]);

export function decidePermission(
  query: PermissionQuery,
  portalOrigin: string | undefined,
): boolean {
  if (portalOrigin === undefined || !query.isMainFrame || !allowedOnPortal.has(query.permission)) {
    return false;
  }
  try {
    return new URL(query.requestingOrigin).origin === portalOrigin;
  } catch {
    return false;
  }
}

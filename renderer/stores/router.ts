// A very small router over the History API: the portal has a handful of top-level pages.
import { create } from "zustand";

export const portalPages = [
  "applications",
  "requests",
  "approvals",
  "profile",
  "security",
] as const;
export type PortalPage = (typeof portalPages)[number];

/** The portal page an address belongs to (its first segment), or undefined. */
export function pageFromPath(pathname: string): PortalPage | undefined {
  const segment = pathname.replace(/^\/+/, "").split("/")[0] ?? "";
  return (portalPages as readonly string[]).includes(segment) ? (segment as PortalPage) : undefined;
}

type RouterState = {
  pathname: string;
  navigate: (pathname: string, options?: { replace?: boolean }) => void;
};

export const useRouter = create<RouterState>()((set) => ({
  pathname: window.location.pathname,
  navigate(pathname, options) {
    if (pathname === window.location.pathname) {
      return;
    }
    if (options?.replace === true) {
      window.history.replaceState(null, "", pathname);
    } else {
      window.history.pushState(null, "", pathname);
    }
    set({ pathname });
  },
}));

window.addEventListener("popstate", () => {
  useRouter.setState({ pathname: window.location.pathname });
});

export function resetRouterStore(): void {
  useRouter.setState({ pathname: window.location.pathname });
}

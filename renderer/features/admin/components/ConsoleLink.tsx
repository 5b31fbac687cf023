// A link inside the portal: a plain click moves without reloading, a modified click (new tab,
// new window) is the browser's.
import type { AnchorHTMLAttributes } from "react";

export function ConsoleLink({
  navigate,
  href,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  navigate: (pathname: string) => void;
}) {
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) {
          return;
        }
        event.preventDefault();
        navigate(href);
      }}
    />
  );
}

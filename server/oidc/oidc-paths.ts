// Where the OpenID Provider lives, apart from the provider itself: routes and launches need these
// at start-up, while oidc-provider (the library) is loaded on the first OIDC request
// (sso/sso-engine.ts; docs/architecture.md, "Start-up and HTTP").
export const oidcMountPath = "/oidc";
export const interactionPath = "/launch/interaction";

export function oidcIssuer(origin: string): string {
  return `${origin}${oidcMountPath}`;
}

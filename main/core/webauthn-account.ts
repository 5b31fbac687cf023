// Which passkey answers a discoverable-credential sign-in when the platform authenticator finds
// one or more (Electron's session 'select-webauthn-account'): the only one is taken at once;
// several are offered in a small chooser. Electron cancels the request when no listener answers,
// even for one credential, so the app always answers (docs/desktop.md "Touch ID").

export type WebAuthnAccountChoice = { credentialId: string; displayName?: string; name?: string };

export type AccountDecision =
  | { kind: "use"; credentialId: string }
  | { kind: "ask"; labels: string[]; credentialIds: string[] }
  | { kind: "none" };

/** More than this many accounts are cut in the chooser; nobody has that many on one Mac. */
export const maximumChooserAccounts = 8;

export function decideWebAuthnAccount(accounts: readonly WebAuthnAccountChoice[]): AccountDecision {
  const usable = accounts.filter((account) => account.credentialId !== "");
  const [only] = usable;
  if (only === undefined) {
    return { kind: "none" };
  }
  if (usable.length === 1) {
    return { kind: "use", credentialId: only.credentialId };
  }
  const shown = usable.slice(0, maximumChooserAccounts);
  return {
    kind: "ask",
    labels: shown.map(describeAccount),
    credentialIds: shown.map((account) => account.credentialId),
  };
}

/** "Alex Morgan (alex.morgan@example.com)", or whichever part exists; never empty. */
export function describeAccount(account: WebAuthnAccountChoice): string {
  const clean = (text: string | undefined) =>
    [...(text ?? "")].filter(isPrintable).join("").trim().slice(0, 80);
  const displayName = clean(account.displayName);
  const name = clean(account.name);
  if (displayName !== "" && name !== "" && displayName !== name) {
    return `${displayName} (${name})`;
  }
  return displayName || name || `Passkey ${account.credentialId.slice(0, 8)}…`;
}

function isPrintable(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code >= 0x20 && code !== 0x7f;
}

/** The chooser's answer (a button index; the last is Cancel) as a credential id or a cancel. */
export function credentialFromChooser(
  decision: Extract<AccountDecision, { kind: "ask" }>,
  buttonIndex: number,
): string | undefined {
  return decision.credentialIds[buttonIndex];
}

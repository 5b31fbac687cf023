// Touch ID for WebAuthn on macOS (docs/desktop.md "Touch ID"): app.configureWebAuthn with the
// keychain group the build wrote into Info.plist, called after the app is ready (Electron's docs,
// https://www.electronjs.org/docs/latest/api/app, do so in whenReady) and before the window exists;
// and the answer to session 'select-webauthn-account', without which Electron cancels every
// discoverable sign-in.
import type {
  App,
  Event,
  MessageBoxOptions,
  MessageBoxReturnValue,
  SelectWebauthnAccountDetails,
} from "electron";
import { chooserMessages } from "./core/desktop-messages.ts";
import type { DesktopText } from "./core/desktop-text.ts";
import { planTouchId, type TouchIdPlan } from "./core/touch-id.ts";
import { credentialFromChooser, decideWebAuthnAccount } from "./core/webauthn-account.ts";

/** The Electron surface this adapter uses (wired in main/electron-surfaces.ts). */
export type WebAuthnSurface = {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  configureWebAuthn: App["configureWebAuthn"] | undefined;
  readInfoPlist(): string | undefined;
  onSelectWebAuthnAccount(
    listener: (
      event: Event,
      details: SelectWebauthnAccountDetails,
      callback: (credentialId?: string | null) => void,
    ) => void,
  ): void;
  /** dialog.showMessageBox, attached to the portal window. */
  showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  log(message: string): void;
  /** The app's words in its current language (main/desktop-language.ts). */
  text(): DesktopText;
};

export function setUpWebAuthn(surface: WebAuthnSurface): TouchIdPlan {
  const plan = planTouchId({
    platform: surface.platform,
    isPackaged: surface.isPackaged,
    infoPlist: surface.platform === "darwin" ? surface.readInfoPlist() : undefined,
    apiAvailable: typeof surface.configureWebAuthn === "function",
  });
  if (plan.kind === "configure") {
    surface.configureWebAuthn?.({
      touchID: { keychainAccessGroup: plan.keychainAccessGroup, promptReason: plan.promptReason },
    });
  } else if (plan.kind === "unavailable") {
    surface.log(plan.reason); // once, at start-up: the reason IT needs to fix the build
  }

  surface.onSelectWebAuthnAccount((_event, details, callback) => {
    void answerAccountChoice(surface, details).then(
      (credentialId) => callback(credentialId),
      (error: unknown) => {
        surface.log(`Choosing a passkey failed: ${String(error)}`);
        callback(); // cancels the request: the page says the prompt was cancelled
      },
    );
  });
  return plan;
}

async function answerAccountChoice(
  surface: WebAuthnSurface,
  details: SelectWebauthnAccountDetails,
): Promise<string | undefined> {
  const decision = decideWebAuthnAccount(details.accounts);
  const text = surface.text();
  switch (decision.kind) {
    case "use":
      return decision.credentialId;
    case "none":
      surface.log(`No passkey for ${details.relyingPartyId} was offered to choose from.`);
      return undefined;
    case "ask": {
      const { response } = await surface.showMessageBox({
        type: "question",
        title: text(chooserMessages.title),
        message: text(chooserMessages.message, { site: details.relyingPartyId }),
        detail: text(chooserMessages.detail),
        buttons: [...decision.labels, text(chooserMessages.cancel)],
        defaultId: 0,
        cancelId: decision.labels.length,
        noLink: true,
      });
      return credentialFromChooser(decision, response);
    }
  }
}

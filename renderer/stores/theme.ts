// Light or dark: by default the portal follows the system (prefers-color-scheme); a choice in
// the account menu pins it, is remembered in this browser, and is applied as data-theme on
// <html>, which the colour tokens in app/styles/tokens.css answer to.
import { create } from "zustand";

export const themeChoices = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof themeChoices)[number];

export const themeStorageKey = "gatehouse.theme";

type ThemeState = { choice: ThemeChoice };

export const useTheme = create<ThemeState>()(() => ({ choice: readStoredTheme() }));

/** The remembered choice; "system" when there is none, it is unreadable or storage is off. */
export function readStoredTheme(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(themeStorageKey);
    return (themeChoices as readonly string[]).includes(stored ?? "")
      ? (stored as ThemeChoice)
      : "system";
  } catch {
    return "system";
  }
}

export function chooseTheme(choice: ThemeChoice): void {
  try {
    if (choice === "system") {
      window.localStorage.removeItem(themeStorageKey);
    } else {
      window.localStorage.setItem(themeStorageKey, choice);
    }
  } catch {
    // Storage is off (private mode, policy): the choice holds for this visit only.
  }
  applyTheme(choice);
  useTheme.setState({ choice });
}

export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement) {
  if (choice === "system") {
    delete root.dataset.theme;
  } else {
    root.dataset.theme = choice;
  }
}

export function resetThemeStore(): void {
  useTheme.setState({ choice: readStoredTheme() });
}

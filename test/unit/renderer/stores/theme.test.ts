// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  applyTheme,
  chooseTheme,
  readStoredTheme,
  resetThemeStore,
  themeStorageKey,
  useTheme,
} from "../../../../renderer/stores/theme.ts";

beforeEach(() => {
  window.localStorage.clear();
  delete document.documentElement.dataset.theme;
  resetThemeStore();
});
afterEach(() => vi.restoreAllMocks());

describe("the theme", () => {
  it("follows the system until the user chooses", () => {
    expect(useTheme.getState().choice).toBe("system");
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it("remembers a choice in this browser and pins the page to it", () => {
    chooseTheme("dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(window.localStorage.getItem(themeStorageKey)).toBe("dark");
    resetThemeStore(); // as after a reload
    expect(useTheme.getState().choice).toBe("dark");

    chooseTheme("system");
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(window.localStorage.getItem(themeStorageKey)).toBeNull();
  });

  it("ignores a stored value it does not know", () => {
    for (const stored of ["purple", "", "__proto__", "DARK"]) {
      window.localStorage.setItem(themeStorageKey, stored);
      expect(readStoredTheme(), stored).toBe("system");
    }
  });

  it("still works for this visit where storage is refused", () => {
    // Browsers with site data blocked throw on the very access to localStorage.
    vi.spyOn(window, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("Access is denied.", "SecurityError");
    });
    chooseTheme("light");
    expect(useTheme.getState().choice).toBe("light");
    expect(document.documentElement.dataset.theme).toBe("light");
    expect(readStoredTheme()).toBe("system");
  });

  it("applies to the element it is given", () => {
    const element = document.createElement("div");
    applyTheme("dark", element);
    expect(element.dataset.theme).toBe("dark");
    applyTheme("system", element);
    expect(element.dataset.theme).toBeUndefined();
  });
});

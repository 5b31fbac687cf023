import { describe, expect, it } from "vitest";
import { bringToFront, type PresentableWindow } from "../../../../main/window-presence.ts";

function fakeWindow(minimized: boolean) {
  const state = { minimized, visible: false, focused: false };
  const window: PresentableWindow = {
    isMinimized: () => state.minimized,
    restore: () => void (state.minimized = false),
    show: () => void (state.visible = true),
    focus: () => void (state.focused = true),
  };
  return { window, state };
}

describe("bringing the window forward", () => {
  it("restores a minimized or hidden window and focuses it", () => {
    const { window, state } = fakeWindow(true);
    let appFocused = false;
    expect(bringToFront(window, { platform: "win32", focus: () => void (appFocused = true) })).toBe(
      true,
    );
    expect(state).toEqual({ minimized: false, visible: true, focused: true });
    expect(appFocused).toBe(false);
  });

  it("activates the app on macOS, where a background app's window stays behind", () => {
    const { window } = fakeWindow(false);
    const focusCalls: unknown[] = [];
    bringToFront(window, { platform: "darwin", focus: (options) => void focusCalls.push(options) });
    expect(focusCalls).toEqual([{ steal: true }]);
  });

  it("does nothing before the window exists", () => {
    expect(bringToFront(undefined, { platform: "darwin", focus: () => undefined })).toBe(false);
  });
});

// The tray (Windows, Linux) / menu bar (macOS) item. The menu's content is decided in
// main/core/tray-menu.ts; this adapter draws the icon and wires each action.
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from "electron";
import { brandColor, drawMarkRgba, rgbaToPremultipliedBgra } from "./core/gatehouse-icon.ts";
import { trayMessages } from "./core/desktop-messages.ts";
import type { DesktopText } from "./core/desktop-text.ts";
import { buildTrayMenu, type TrayAction, type TrayMenuState } from "./core/tray-menu.ts";

export type TrayController = {
  update(state: TrayMenuState, text: DesktopText): void;
  destroy(): void;
};

export function createTray(
  initial: TrayMenuState,
  initialText: DesktopText,
  onAction: (action: TrayAction) => void,
): TrayController {
  const tray = new Tray(trayIcon(initial.platform));
  const update = (state: TrayMenuState, text: DesktopText) => {
    tray.setToolTip(text(trayMessages.tooltip));
    const template = buildTrayMenu(state, text).map((item): MenuItemConstructorOptions =>
      item.type === "separator"
        ? { type: "separator" }
        : {
            type: item.type,
            label: item.label,
            enabled: item.enabled,
            ...(item.checked === undefined ? {} : { checked: item.checked }),
            ...(item.toolTip === undefined ? {} : { toolTip: item.toolTip }),
            click: () => onAction(item.action),
          },
    );
    tray.setContextMenu(Menu.buildFromTemplate(template));
  };
  update(initial, initialText);
  return { update, destroy: () => tray.destroy() };
}

function trayIcon(platform: TrayMenuState["platform"]): Electron.NativeImage {
  // macOS menu bar icons are black template images that the system tints for light/dark mode.
  const color = platform === "darwin" ? ([0, 0, 0] as const) : brandColor;
  const image = nativeImage.createEmpty();
  for (const scaleFactor of [1, 2]) {
    const size = 16 * scaleFactor;
    image.addRepresentation({
      scaleFactor,
      width: size,
      height: size,
      buffer: Buffer.from(rgbaToPremultipliedBgra(drawMarkRgba(size, color))),
    });
  }
  if (platform === "darwin") {
    image.setTemplateImage(true);
  }
  return image;
}

// The account menu's Appearance choice (docs/design.md §1.2): follow the system, light or dark.
import { DropdownMenu } from "radix-ui";
import { FormattedMessage, type MessageDescriptor } from "react-intl";
import { CheckIcon } from "../../../components/StatusIcons.tsx";
import { chooseTheme, themeChoices, useTheme, type ThemeChoice } from "../../../stores/theme.ts";
import { portalMessages as m } from "../messages.ts";

const labels: Record<ThemeChoice, MessageDescriptor> = {
  system: m.themeSystem,
  light: m.themeLight,
  dark: m.themeDark,
};

export function ThemeMenuItems() {
  const choice = useTheme((state) => state.choice);
  return (
    <DropdownMenu.Group>
      <DropdownMenu.Label className="menu-label">
        <FormattedMessage {...m.appearance} />
      </DropdownMenu.Label>
      <DropdownMenu.RadioGroup
        value={choice}
        onValueChange={(value) => chooseTheme(value as ThemeChoice)}
      >
        {themeChoices.map((value) => (
          <DropdownMenu.RadioItem
            key={value}
            value={value}
            className="menu-item"
            // Keep the menu open: the page changes behind it, and the user sees the result.
            onSelect={(event) => event.preventDefault()}
          >
            <span className="menu-item-check" aria-hidden="true">
              <DropdownMenu.ItemIndicator>
                <CheckIcon />
              </DropdownMenu.ItemIndicator>
            </span>
            <FormattedMessage {...labels[value]} />
          </DropdownMenu.RadioItem>
        ))}
      </DropdownMenu.RadioGroup>
    </DropdownMenu.Group>
  );
}

// gatehouse:// in the Windows installers. electron-builder writes `protocols` only into AppX
// (app-builder-lib out/targets/AppxTarget.js), so the MSI is edited by build/msi-protocol.ts and
// NSIS runs build/installer.nsh. The MSI edit is applied to electron-builder's own template.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { addProtocolRegistration } from "../../../build/msi-protocol.ts";

const root = path.resolve(import.meta.dirname, "../../..");
const require = createRequire(import.meta.url);
const msiTemplate = readFileSync(
  path.join(
    path.dirname(require.resolve("app-builder-lib/package.json")),
    "templates/msi/template.xml",
  ),
  "utf8",
);
// The one file component MsiTarget.computeFileDeclaration writes for the main executable.
const project = msiTemplate.replace(
  "{{-files}}",
  '<Component><File Name="Gatehouse.exe" Source="$(var.appDir)\\Gatehouse.exe" ReadOnly="yes" KeyPath="yes" Id="mainExecutable"/></Component>',
);

describe("gatehouse:// in the MSI", () => {
  it("adds per-machine URL-protocol keys that open the installed executable", () => {
    const document = new DOMParser().parseFromString(addProtocolRegistration(project), "text/xml");
    const group = [...document.getElementsByTagName("ComponentGroup")].find(
      (element) => element.getAttribute("Id") === "ProductComponents",
    );
    const component = [...(group?.getElementsByTagName("Component") ?? [])].find(
      (element) => element.getAttribute("Id") === "gatehouseProtocol",
    );
    expect(component?.getAttribute("Guid")).toMatch(/^[0-9a-f-]{36}$/);
    const values = [...(component?.getElementsByTagName("RegistryValue") ?? [])].map((value) => {
      const parent = value.parentNode as Element | null;
      return {
        root: value.getAttribute("Root") || parent?.getAttribute("Root"),
        key: value.getAttribute("Key") || parent?.getAttribute("Key"),
        name: value.getAttribute("Name") ?? "",
        value: value.getAttribute("Value"),
      };
    });
    expect(values).toEqual([
      { root: "HKLM", key: "Software\\Classes\\gatehouse", name: "", value: "URL:Gatehouse link" },
      { root: "HKLM", key: "Software\\Classes\\gatehouse", name: "URL Protocol", value: "" },
      {
        root: "HKLM",
        key: "Software\\Classes\\gatehouse\\DefaultIcon",
        name: "",
        value: "[#mainExecutable],0",
      },
      {
        root: "HKLM",
        key: "Software\\Classes\\gatehouse\\shell\\open\\command",
        name: "",
        value: '"[#mainExecutable]" "%1"',
      },
    ]);
  });

  it("stops the build if electron-builder's template no longer has the anchor or the executable", () => {
    expect(() =>
      addProtocolRegistration(project.replaceAll('Id="ProductComponents"', 'Id="Other"')),
    ).toThrow(/ProductComponents/);
    expect(() => addProtocolRegistration(project.replace('Id="mainExecutable"', ""))).toThrow(
      /mainExecutable/,
    );
  });
});

describe("gatehouse:// in the NSIS installer", () => {
  const script = readFileSync(path.join(root, "build/installer.nsh"), "utf8");
  const macro = (name: string) =>
    new RegExp(`!macro ${name}\\n([\\s\\S]*?)!macroend`).exec(script)?.[1] ?? "";

  it("writes the URL-protocol keys in the install scope (SHCTX: HKLM for all users)", () => {
    const install = macro("customInstall");
    for (const line of [
      'WriteRegStr SHCTX "Software\\Classes\\gatehouse" "" "URL:Gatehouse link"',
      'WriteRegStr SHCTX "Software\\Classes\\gatehouse" "URL Protocol" ""',
      'WriteRegStr SHCTX "Software\\Classes\\gatehouse\\shell\\open\\command" "" \'"$INSTDIR\\${APP_EXECUTABLE_FILENAME}" "%1"\'',
    ]) {
      expect(install).toContain(line);
    }
    expect(install).not.toMatch(/HKCU|HKLM/); // the scope follows the user's install choice
  });

  it("removes them on uninstall", () => {
    expect(macro("customUnInstall")).toContain('DeleteRegKey SHCTX "Software\\Classes\\gatehouse"');
  });
});

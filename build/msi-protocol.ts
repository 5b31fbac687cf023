// Registers gatehouse:// in the MSI (electron-builder registers `protocols` only for AppX): adds
// one component with the URL-protocol registry keys to the WiX project electron-builder wrote,
// before it is compiled. HKLM, because the MSI installs per machine (msi.perMachine); the
// command runs the installed executable (File Id "mainExecutable" in app-builder-lib's
// out/targets/MsiTarget.js). Windows Installer removes the keys on uninstall.

/** Fixed forever, like msi.upgradeCode: Windows Installer tracks the component by it. */
export const protocolComponentGuid = "5f0c3a7e-2b6d-4c1f-9e8a-7d4b2c1a0f36";

const anchor = /(<ComponentGroup Id="ProductComponents" Directory="APPLICATIONFOLDER">)/;

export function addProtocolRegistration(wxs: string, scheme = "gatehouse"): string {
  if (!/^[a-z][a-z0-9+.-]*$/.test(scheme)) {
    throw new Error(`Not a URL scheme: ${scheme}`);
  }
  if (!anchor.test(wxs)) {
    // electron-builder's template changed: fail the build rather than ship without the link.
    throw new Error(
      'The MSI project has no <ComponentGroup Id="ProductComponents">; gatehouse:// could not be registered.',
    );
  }
  if (!wxs.includes('Id="mainExecutable"')) {
    throw new Error("The MSI project has no mainExecutable file to open gatehouse:// links with.");
  }
  const key = `Software\\Classes\\${scheme}`;
  const component = `
      <Component Id="gatehouseProtocol" Guid="${protocolComponentGuid}">
        <RegistryKey Root="HKLM" Key="${key}">
          <RegistryValue Type="string" Value="URL:Gatehouse link" KeyPath="yes"/>
          <RegistryValue Type="string" Name="URL Protocol" Value=""/>
        </RegistryKey>
        <RegistryValue Root="HKLM" Key="${key}\\DefaultIcon" Type="string" Value="[#mainExecutable],0"/>
        <RegistryValue Root="HKLM" Key="${key}\\shell\\open\\command" Type="string" Value="&quot;[#mainExecutable]&quot; &quot;%1&quot;"/>
      </Component>`;
  return wxs.replace(anchor, `$1${component}`);
}

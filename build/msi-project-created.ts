// electron-builder msiProjectCreated hook: edits the WiX project on disk before it is compiled
// (build/msi-protocol.ts says what and why).
import { readFile, writeFile } from "node:fs/promises";
import { addProtocolRegistration } from "./msi-protocol.ts";

export default async function msiProjectCreated(projectFile: string): Promise<void> {
  await writeFile(projectFile, addProtocolRegistration(await readFile(projectFile, "utf8")));
  console.log("  • gatehouse:// registered per machine in the MSI");
}

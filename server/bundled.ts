// Entry point of the server the desktop app starts in an Electron utilityProcess: turns on Node's
// module compile cache before anything else loads (docs/admin.md, "Start-up"), then runs the
// demo server and reports to the parent (bundled-main.ts).
import nodeModule from "node:module";

// Called through the module object: an older Node (an older Electron) without it still starts.
nodeModule.enableCompileCache?.();
await import("./bundled-main.ts");

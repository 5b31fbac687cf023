// `gatehouse` command: turns on Node's module compile cache before anything else loads
// (docs/admin.md, "Start-up"), then runs the server from environment configuration (cli-main.ts).
import nodeModule from "node:module";

// Called through the module object: an older Node (an older Electron) without it still starts.
nodeModule.enableCompileCache?.();
await import("./cli-main.ts");

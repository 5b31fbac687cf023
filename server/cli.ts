// `gatehouse` command: turns on Node's module compile cache before anything else loads
// (docs/admin.md, "Start-up"), then runs the server from environment configuration (cli-main.ts).
import { enableCompileCache } from "node:module";

enableCompileCache();
await import("./cli-main.ts");

// `npm run bench` section: what the sign-in page makes a browser download before it can render,
// as the server sends it (brotli when accepted), beside the same files uncompressed. Needs the
// built portal (`npm run build`); without it the section says so and reports nothing.
import type { Agent } from "node:http";
import { initialScriptPaths } from "../scripts/initial-javascript.ts";
import type { FigureLog } from "./figures.ts";
import { call } from "./http-client.ts";

export async function runPortalBench(input: {
  origin: string;
  agent: Agent;
  log: FigureLog;
}): Promise<void> {
  const { origin, agent, log } = input;
  const page = await call(origin, agent, "GET", "/login");
  if (page.status !== 200 || !page.body.includes('type="module"')) {
    console.log("\nportal: not built (run `npm run build`), no delivery figures");
    return;
  }
  let wire = 0;
  let plain = 0;
  for (const script of initialScriptPaths(page.body)) {
    const compressed = await call(origin, agent, "GET", script, undefined, undefined, {
      "accept-encoding": "br, gzip",
    });
    const identity = await call(origin, agent, "GET", script);
    if (compressed.status !== 200 || identity.status !== 200) {
      throw new Error(`${script} answered ${compressed.status}/${identity.status}`);
    }
    wire += compressed.bytes;
    plain += identity.bytes;
  }
  console.log("");
  log.report({
    name: "sign-in page's initial JavaScript on the wire (Accept-Encoding: br, gzip)",
    value: wire / 1024,
    unit: "KB",
    ceiling: {
      value: plain / 1024,
      what: "the same files uncompressed; ratio = compression factor",
    },
    goal: "≤ 90 KB gzipped (enforced by npm run build)",
    lowerIsBetter: true,
  });
}

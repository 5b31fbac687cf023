// Writes deploy/haproxy.cfg, the compose file's HAProxy configuration, from the one generator
// (haproxy-config.ts): `node scripts/cluster/write-deploy-haproxy.ts` after changing it.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { composeHaproxyConfig } from "./haproxy-config.ts";
import { repositoryRoot } from "./instances.ts";

writeFileSync(path.join(repositoryRoot, "deploy/haproxy.cfg"), composeHaproxyConfig());

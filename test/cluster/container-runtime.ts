// Whether compose.yaml can be built and run here: a container runtime that answers (Docker or
// Podman), a compose command for it, and the base images (pulled if missing). Otherwise the
// reason, for the container test to report itself skipped with.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { repositoryRoot } from "../../scripts/cluster/instances.ts";

export type ContainerTools = { runtime: string; compose: string[] };

function answers(command: string[], timeout = 20_000): { ok: boolean; output: string } {
  const [program = "", ...args] = command;
  const result = spawnSync(program, args, { encoding: "utf8", timeout });
  return {
    ok: result.status === 0,
    output: `${result.stderr ?? ""}${result.stdout ?? ""}${result.error?.message ?? ""}`.trim(),
  };
}

/** The images compose.yaml and the Dockerfile start from. */
export function baseImages(): string[] {
  const dockerfile = readFileSync(path.join(repositoryRoot, "Dockerfile"), "utf8");
  const compose = readFileSync(path.join(repositoryRoot, "compose.yaml"), "utf8");
  const node = /^ARG NODE_IMAGE=(\S+)/m.exec(dockerfile)?.[1];
  const others = [...compose.matchAll(/^\s+image: (docker\.io\/\S+)/gm)].map((match) => match[1]);
  return [node, ...others].filter((image): image is string => image !== undefined);
}

export function findContainerTools(): ContainerTools | { skipReason: string } {
  const runtime = ["docker", "podman"].find((name) => answers([name, "info"]).ok);
  if (runtime === undefined) {
    return { skipReason: "skipped: no container runtime answers (docker info, podman info)" };
  }
  const compose = [[runtime, "compose"], ["podman-compose"]].find(
    (command) => answers([...command, "version"]).ok,
  );
  if (compose === undefined) {
    return {
      skipReason: `skipped: ${runtime} answers, but no compose command does (${runtime} compose, podman-compose)`,
    };
  }
  for (const image of baseImages()) {
    if (answers([runtime, "image", "inspect", image]).ok) {
      continue;
    }
    const pull = answers([runtime, "pull", image], 300_000);
    if (!pull.ok) {
      const why = pull.output.split("\n").filter(Boolean).at(-1) ?? "no reason given";
      return { skipReason: `skipped: ${runtime} cannot pull ${image} (${why})` };
    }
  }
  return { runtime, compose };
}

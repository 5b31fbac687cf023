// The container files self-hosters run (Dockerfile, compose.yaml, deploy/haproxy.cfg) keep their
// promises even where no container runtime exists to run them (test/cluster/containers.test.ts
// does where one does): a non-root, read-only, health-checked image; instances that trust only
// the load balancer and outlive their drain; HAProxy's configuration valid for HAProxy itself.
import { spawnSync } from "node:child_process";
import { existsSync, globSync, readFileSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { composeHaproxyConfig } from "../../../scripts/cluster/haproxy-config.ts";
import { findHaproxy } from "../../../scripts/cluster/haproxy.ts";
import { repositoryRoot } from "../../../scripts/cluster/instances.ts";
import { loadConfig } from "../../../server/config/config.ts";

const read = (file: string) => readFileSync(path.join(repositoryRoot, file), "utf8");

type Instruction = { keyword: string; argument: string };

/** Dockerfile instructions, continuation lines joined, comments dropped. */
function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\n\s*/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const [keyword = "", ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), argument: rest.join(" ") };
    });
}

type Service = {
  image?: string;
  build?: string;
  read_only?: boolean;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  stop_grace_period?: string;
  volumes?: string[];
  networks?: string[] | Record<string, { ipv4_address?: string }>;
};

const compose = load(read("compose.yaml")) as { services: Record<string, Service> };
const gatehouseServices = Object.entries(compose.services).filter(([name]) =>
  name.startsWith("gatehouse-"),
);

/** Compose's ${NAME:?message} and ${NAME:-default}, filled in the way a .env file would. */
function substitute(value: string, variables: Record<string, string>): string {
  return value.replace(
    /\$\{([A-Z_]+)(?::[?-]([^}]*))?\}/g,
    (_, name: string, fallback: string | undefined) => variables[name] ?? fallback ?? "",
  );
}

describe("the Dockerfile", () => {
  const steps = instructions(read("Dockerfile"));
  const stages = steps.filter((step) => step.keyword === "FROM");
  const finalStage = steps.slice(steps.lastIndexOf(stages.at(-1)!));

  it("builds in one stage and runs from another on Node 24 slim", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const base = steps.find((step) => step.keyword === "ARG" && step.argument.startsWith("NODE_"));
    expect(base?.argument).toMatch(/=docker\.io\/library\/node:24-[a-z]+-slim$/);
    expect(finalStage.some((step) => /^--from=build /.test(step.argument))).toBe(true);
  });

  it("runs as an unprivileged user and checks /readyz", () => {
    const user = finalStage.filter((step) => step.keyword === "USER").at(-1);
    expect(user?.argument).toBeDefined();
    expect(["root", "0", "0:0"]).not.toContain(user?.argument);
    const check = finalStage.find((step) => step.keyword === "HEALTHCHECK");
    expect(check?.argument).toContain("/readyz");
  });

  it("copies only what exists, and starts the server bundle it copied from the build", () => {
    for (const step of steps.filter((one) => one.keyword === "COPY")) {
      if (step.argument.startsWith("--from=")) {
        continue;
      }
      const sources = step.argument.split(/\s+/).slice(0, -1);
      for (const source of sources.filter((one) => one !== ".")) {
        expect(existsSync(path.join(repositoryRoot, source)), source).toBe(true);
      }
    }
    const command = finalStage.find((step) => step.keyword === "CMD");
    const entry = (JSON.parse(command?.argument ?? "[]") as string[])[1] ?? "";
    // out/server/cli.mjs is what scripts/build.ts bundles from server/cli.ts.
    expect(entry).toBe("out/server/cli.mjs");
    expect(read("scripts/build.ts")).toContain('"server/cli": "server/cli.ts"');
    expect(finalStage.map((step) => step.argument)).toContain(
      "--from=build /app/out/server ./out/server",
    );
  });

  it("copies every file the server's sources import from outside server/ (the admin CLI runs them)", () => {
    const copied = finalStage
      .filter((step) => step.keyword === "COPY" && !step.argument.startsWith("--from="))
      .flatMap((step) => step.argument.split(/\s+/).slice(0, -1));
    const outside = new Set<string>();
    for (const file of globSync("server/**/*.ts", { cwd: repositoryRoot })) {
      const text = read(file).replace(/^import type .*$/gm, "");
      for (const [, specifier = ""] of text.matchAll(/(?:from|import\()\s*"(\.[^"]+)"/g)) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
        if (!target.startsWith("server/")) {
          outside.add(target);
        }
      }
    }
    expect(outside.size).toBeGreaterThan(0);
    for (const target of outside) {
      expect(
        copied.some((source) => target === source || target.startsWith(`${source}/`)),
        `${target} is imported by the server but not copied into the image`,
      ).toBe(true);
    }
  });

  it("keeps installed and built files out of the build context", () => {
    const ignored = read(".dockerignore").split("\n");
    expect(ignored).toEqual(expect.arrayContaining(["node_modules", "out", "data", ".git"]));
  });
});

describe("compose.yaml", () => {
  const variables = {
    GATEHOUSE_POSTGRES_PASSWORD: "a-password",
    GATEHOUSE_SECRET_KEY: Buffer.alloc(32, 1).toString("base64"),
  };

  it("runs two Gatehouse instances with a read-only root filesystem", () => {
    expect(gatehouseServices.map(([name]) => name)).toEqual(["gatehouse-1", "gatehouse-2"]);
    for (const [, service] of gatehouseServices) {
      expect(service.read_only).toBe(true);
      expect(service.healthcheck?.test.join(" ")).toContain("/readyz");
    }
  });

  it("gives each instance settings the server accepts, on the compose PostgreSQL", () => {
    for (const [, service] of gatehouseServices) {
      const environment = Object.fromEntries(
        Object.entries(service.environment ?? {}).map(([key, value]) => [
          key,
          substitute(String(value), variables),
        ]),
      );
      const config = loadConfig(environment);
      expect(config.mode).toBe("production");
      expect(config.database).toEqual({
        dialect: "postgres",
        url: "postgres://gatehouse:a-password@postgres:5432/gatehouse",
      });
      const postgres = compose.services.postgres?.environment ?? {};
      expect(substitute(postgres.POSTGRES_PASSWORD ?? "", variables)).toBe("a-password");
    }
  });

  it("trusts exactly HAProxy's address, and outlives its drain when stopped", () => {
    const networks = compose.services.haproxy?.networks as Record<
      string,
      { ipv4_address?: string }
    >;
    const haproxyAddress = Object.values(networks)[0]?.ipv4_address;
    for (const [, service] of gatehouseServices) {
      expect(service.environment?.GATEHOUSE_TRUSTED_PROXIES).toBe(haproxyAddress);
      const drain = Number(service.environment?.GATEHOUSE_DRAIN_SECONDS);
      const grace = Number(/^(\d+)s$/.exec(service.stop_grace_period ?? "")?.[1]);
      expect(grace).toBeGreaterThan(drain);
    }
  });

  it("has HAProxy balance over exactly the instances compose runs", () => {
    const mounted = compose.services.haproxy?.volumes?.[0]?.split(":")[0];
    expect(mounted).toBe("./deploy/haproxy.cfg");
    const servers = [...read("deploy/haproxy.cfg").matchAll(/^\s+server (\S+) (\S+) check/gm)];
    expect(servers.map((match) => `${match[1]} ${match[2]}`)).toEqual(
      gatehouseServices.map(([name]) => `${name} ${name}:8080`),
    );
  });
});

describe("deploy/haproxy.cfg", () => {
  it("is what the generator writes (node scripts/cluster/write-deploy-haproxy.ts)", () => {
    expect(read("deploy/haproxy.cfg")).toBe(composeHaproxyConfig());
  });

  const haproxy = findHaproxy();
  const missing = haproxy === undefined ? " (skipped: haproxy is not installed)" : "";
  it.skipIf(haproxy === undefined)(`is valid for HAProxy itself${missing}`, () => {
    const check = spawnSync(
      haproxy!,
      ["-c", "-f", path.join(repositoryRoot, "deploy/haproxy.cfg")],
      {
        encoding: "utf8",
      },
    );
    expect(check.status, check.stderr).toBe(0);
  });
});

// `gatehouse-admin api-token …`: mint, list and revoke API tokens from the command line (the same
// operations as /api/admin/api-tokens). The secret is printed once and never stored.
import { parseArgs } from "node:util";
import { systemRandom } from "../../lib/clock.ts";
import { apiScopes, maxApiTokenDays, type ApiScope } from "../../schemas/api-tokens.ts";
import {
  defaultApiTokenDays,
  issueApiToken,
  listApiTokenViews,
  revokeApiTokenAsAdmin,
} from "../api-token-admin.ts";
import { cliActor, UsageError, type AdminIo } from "./io.ts";

export const apiTokenUsage = `  api-token create --name NAME --scope SCOPE[,SCOPE…] [--days N]
                                           (shown once; default ${defaultApiTokenDays} days, at most ${maxApiTokenDays})
                                           scopes: ${apiScopes.join(", ")}
  api-token list
  api-token revoke TOKEN_ID                (stops working at once, on every instance)`;

export async function runApiTokenCommand(argv: string[], io: AdminIo): Promise<void> {
  const verb = argv[1] ?? "";
  // Ids are base64url and may begin with "-": after "revoke" the next word is the id.
  if (verb === "revoke") {
    const id = argv[2];
    if (id === undefined || id === "" || argv.length > 3) {
      throw new UsageError(`Give one token id.\n\n${apiTokenUsage}`);
    }
    if (!(await revokeApiTokenAsAdmin(cliActor(io), id))) {
      throw new UsageError(`No active API token has the id ${id}.`);
    }
    io.print(`Revoked API token ${id}; it no longer works.`);
    return;
  }
  const { values, positionals } = parseArgs({
    args: argv.slice(2),
    allowPositionals: true,
    options: { name: { type: "string" }, scope: { type: "string" }, days: { type: "string" } },
  });
  if (positionals.length > 0) {
    throw new UsageError(`Unexpected "${positionals.join(" ")}".\n\n${apiTokenUsage}`);
  }
  switch (verb) {
    case "create": {
      const created = await issueApiToken(cliActor(io), systemRandom, {
        name: nameOf(values.name),
        scopes: scopesOf(values.scope),
        validDays: daysOf(values.days),
      });
      io.print(
        `API token ${created.token.id} "${created.token.name}" (${created.token.scopes.join(", ")}), valid until ${created.token.expiresAt}.`,
      );
      io.print(`Token (shown once; send it as Authorization: Bearer): ${created.secret}`);
      return;
    }
    case "list": {
      const tokens = await listApiTokenViews(io);
      if (tokens.length === 0) {
        io.print("No API tokens exist.");
      }
      for (const token of tokens) {
        const state = token.revokedAt === null ? `expires ${token.expiresAt}` : "revoked";
        const used =
          token.lastUsedAt === null
            ? "never used"
            : `last used ${token.lastUsedAt} from ${token.lastUsedIp ?? "?"}`;
        io.print([token.id, token.name, token.scopes.join(","), state, used].join("\t"));
      }
      return;
    }
    default:
      throw new UsageError(`Unknown command "api-token ${verb}".\n\n${apiTokenUsage}`);
  }
}

function nameOf(value: string | undefined): string {
  const name = value?.trim() ?? "";
  if (name === "" || name.length > 100) {
    throw new UsageError("--name is required, at most 100 characters.");
  }
  return name;
}

function scopesOf(value: string | undefined): ApiScope[] {
  const named = (value ?? "")
    .split(",")
    .map((scope) => scope.trim())
    .filter(Boolean);
  if (named.length === 0) {
    throw new UsageError(`--scope is required: one or more of ${apiScopes.join(", ")}.`);
  }
  const unknown = named.filter((scope) => !(apiScopes as readonly string[]).includes(scope));
  if (unknown.length > 0) {
    throw new UsageError(`Unknown scope ${unknown.join(", ")}; use ${apiScopes.join(", ")}.`);
  }
  return [...new Set(named)] as ApiScope[];
}

function daysOf(value: string | undefined): number {
  const days = value === undefined ? defaultApiTokenDays : Number(value);
  if (!Number.isInteger(days) || days < 1 || days > maxApiTokenDays) {
    throw new UsageError(`--days must be a whole number from 1 to ${maxApiTokenDays}.`);
  }
  return days;
}

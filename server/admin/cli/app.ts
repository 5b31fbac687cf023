// `gatehouse-admin app …`: the app catalog from the command line, over the same operations as
// /api/admin/apps* (server/admin/app-admin.ts). A confidential client's secret is printed once
// and never stored in clear.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { findApp, listApps, listAssignments } from "../../apps/app-store.ts";
import { nameIdFormats, type NameIdFormat, type UserAttributeField } from "../../lib/limits.ts";
import {
  changeApp,
  changeAssignment,
  createApp,
  removeApp,
  rotateClientSecret,
  type AppDefinition,
  type CatalogResult,
} from "../app-admin.ts";
import { catalogValue, groupNamed } from "./group.ts";
import { cliActor, required, UsageError, userWithEmail, type AdminIo } from "./io.ts";

export const appUsage = `  app list
  app show ID
  app create-bookmark --name NAME --url URL [common]
  app create-saml --name NAME --entity-id ID --acs-url URL [--name-id-format emailAddress|persistent|unspecified]
                  [--attribute SAML_NAME=FIELD ...] [common]   (FIELD: email, firstName, lastName, …)
  app create-oidc --name NAME --redirect-uri URL [...] --initiate-login-uri URL [--confidential
                  [--token-endpoint-auth-method client_secret_basic|client_secret_post]]
                  [--id-token-signing-alg ES256|RS256]   (ES256 unless said)
                  [--scopes "openid profile email"] [common]   (a confidential client's secret is shown once)
  app set ID [--name NAME] [--notes TEXT] [--require-mfa | --no-require-mfa] [--icon FILE|none]
  app delete ID
  app assign ID (--email EMAIL | --group NAME)
  app unassign ID (--email EMAIL | --group NAME)
  app rotate-secret ID
    [common]: [--notes TEXT] [--require-mfa] [--icon FILE.png|.jpg|.webp]`;

const iconTypesByExtension: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
};

type AppOptions = ReturnType<typeof parseAppArgs>["values"];

function parseAppArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: {
      name: { type: "string" },
      url: { type: "string" },
      notes: { type: "string" },
      "require-mfa": { type: "boolean" },
      icon: { type: "string" },
      "entity-id": { type: "string" },
      "acs-url": { type: "string" },
      "name-id-format": { type: "string" },
      attribute: { type: "string", multiple: true },
      "redirect-uri": { type: "string", multiple: true },
      "initiate-login-uri": { type: "string" },
      confidential: { type: "boolean", default: false },
      "token-endpoint-auth-method": { type: "string" },
      "id-token-signing-alg": { type: "string" },
      scopes: { type: "string" },
      email: { type: "string" },
      group: { type: "string" },
    },
  });
}

type AppCommand = (io: AdminIo, values: AppOptions, target: string | undefined) => Promise<void>;

export async function runAppCommand(argv: string[], io: AdminIo): Promise<void> {
  const { positionals, values } = parseAppArgs(argv);
  const [, verb = "", target] = positionals;
  const command = appCommands[verb];
  if (command === undefined) {
    throw new UsageError(`Unknown command "app ${verb}".\n\n${appUsage}`);
  }
  await command(io, values, target);
}

const appCommands: Record<string, AppCommand> = {
  list: async (io) => {
    for (const app of await listApps(io.db)) {
      io.print(
        `${app.id}\t${app.kind}\t${app.display_name}${app.require_mfa === 1 ? "\tMFA" : ""}`,
      );
    }
  },
  show: async (io, _values, target) => {
    const app = await findApp(io.db, required(target, "an app ID"));
    if (app === undefined) {
      throw new UsageError("No such app.");
    }
    const { icon_data: icon, oidc_client_secret_hash: secretHash, ...shown } = app;
    const described = { ...shown, hasIcon: icon !== null, confidential: secretHash !== null };
    io.print(JSON.stringify(described, null, 2));
    for (const assignment of await listAssignments(io.db, app.id)) {
      io.print(`assigned to ${assignment.principal_type} ${assignment.principal_id}`);
    }
  },
  "create-bookmark": (io, values) =>
    created(
      io,
      createApp(cliActor(io), "bookmark", {
        displayName: required(values.name, "--name"),
        bookmark: { url: required(values.url, "--url") },
        ...common(values),
      }),
    ),
  "create-saml": (io, values) =>
    created(
      io,
      createApp(cliActor(io), "saml", {
        displayName: required(values.name, "--name"),
        saml: {
          entityId: required(values["entity-id"], "--entity-id"),
          acsUrl: required(values["acs-url"], "--acs-url"),
          nameIdFormat: nameIdFormat(values["name-id-format"]),
          attributes: attributes(values.attribute ?? []),
        },
        ...common(values),
      }),
    ),
  "create-oidc": (io, values) =>
    created(
      io,
      createApp(cliActor(io), "oidc", {
        displayName: required(values.name, "--name"),
        oidc: {
          redirectUris: values["redirect-uri"] ?? [],
          initiateLoginUri: required(values["initiate-login-uri"], "--initiate-login-uri"),
          confidential: values.confidential,
          ...(values["token-endpoint-auth-method"] === undefined
            ? {}
            : {
                tokenEndpointAuthMethod: values[
                  "token-endpoint-auth-method"
                ] as "client_secret_post",
              }),
          ...(values["id-token-signing-alg"] === undefined
            ? {}
            : { idTokenSigningAlg: values["id-token-signing-alg"] as "ES256" }),
          ...(values.scopes === undefined ? {} : { scopes: values.scopes }),
        },
        ...common(values),
      }),
    ),
  set: async (io, values, target) => {
    const changes = {
      ...(values.name === undefined ? {} : { displayName: values.name }),
      ...common(values),
      ...(values.icon === "none" ? { icon: null } : {}),
    };
    const app = catalogValue(
      await changeApp(cliActor(io), required(target, "an app ID"), changes),
      "app",
    );
    io.print(`Updated ${app.display_name}.`);
  },
  delete: async (io, _values, target) => {
    catalogValue(await removeApp(cliActor(io), required(target, "an app ID")), "app");
    io.print("Deleted.");
  },
  assign: (io, values, target) => assign(io, values, target, true),
  unassign: (io, values, target) => assign(io, values, target, false),
  "rotate-secret": async (io, _values, target) => {
    const secret = await rotateClientSecret(cliActor(io), required(target, "an app ID"));
    io.print(`New client secret (shown once): ${catalogValue(secret, "app")}`);
  },
};

async function created(
  io: AdminIo,
  creating: Promise<
    CatalogResult<{ app: { id: string; display_name: string }; clientSecret?: string }>
  >,
): Promise<void> {
  const value = catalogValue(await creating, "app");
  io.print(`Created ${value.app.display_name}: ${value.app.id}`);
  if (value.clientSecret !== undefined) {
    io.print(`Client secret (shown once): ${value.clientSecret}`);
  }
}

async function assign(
  io: AdminIo,
  values: AppOptions,
  target: string | undefined,
  assigned: boolean,
): Promise<void> {
  const appId = required(target, "an app ID");
  const principal =
    values.email !== undefined
      ? { principalType: "user" as const, principalId: (await userWithEmail(io, values.email)).id }
      : { principalType: "group" as const, principalId: (await groupNamed(io, values.group)).id };
  catalogValue(await changeAssignment(cliActor(io), { appId, ...principal }, assigned), "app");
  io.print(assigned ? "Assigned." : "Unassigned.");
}

function common(values: AppOptions): Pick<AppDefinition, "notes" | "requireMfa" | "icon"> {
  return {
    ...(values.notes === undefined ? {} : { notes: values.notes }),
    ...(values["require-mfa"] === undefined ? {} : { requireMfa: values["require-mfa"] }),
    ...(values.icon === undefined ? {} : { icon: readIcon(values.icon) }),
  };
}

function nameIdFormat(value: string | undefined): NameIdFormat {
  const format = value ?? "emailAddress";
  if (!(format in nameIdFormats)) {
    throw new UsageError(
      `--name-id-format must be one of ${Object.keys(nameIdFormats).join(", ")}.`,
    );
  }
  return format as NameIdFormat;
}

function attributes(pairs: string[]): Record<string, UserAttributeField> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const [name, field] = pair.split("=");
      if (name === undefined || field === undefined || name === "") {
        throw new UsageError(`--attribute ${pair} is not SAML_NAME=FIELD.`);
      }
      return [name, field as UserAttributeField];
    }),
  );
}

function readIcon(file: string): { type: string; base64: string } | null {
  if (file === "none") {
    return null;
  }
  const type = iconTypesByExtension[path.extname(file).toLowerCase()];
  if (type === undefined) {
    throw new UsageError("--icon must be a .png, .jpg or .webp file.");
  }
  return { type, base64: readFileSync(file).toString("base64") };
}

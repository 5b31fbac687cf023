// `gatehouse-admin app|group|sso …`: the app catalog, groups and SSO keys from the command line,
// over the same operations as /api/admin/apps* (server/admin/app-admin.ts). Dispatched from
// cli.ts; secrets (OIDC client secrets) are printed once and never stored in clear.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  findApp,
  listApps,
  listAssignments,
  listGroupMemberIds,
  listGroups,
} from "../apps/app-store.ts";
import {
  nameIdFormats,
  type NameIdFormat,
  type UserAttributeField,
} from "../apps/app-validation.ts";
import { systemClock, systemRandom } from "../lib/clock.ts";
import { announceNothing } from "../storage/change-topics.ts";
import type { SsoKeyPurpose } from "../storage/apps-schema.ts";
import { findUserByEmail, normalizeEmail } from "../storage/users.ts";
import {
  changeApp,
  changeAssignment,
  createApp,
  removeApp,
  rotateClientSecret,
  type AppDefinition,
  type CatalogResult,
} from "./app-admin.ts";
import type { AdminIo } from "./cli.ts";
import { changeMembership, createGroup, removeGroup } from "./group-admin.ts";
import { rotateKeys, ssoKeyPurposes } from "./sso-key-admin.ts";
import type { AdminActor } from "./user-admin.ts";

export const appUsage = `  app list
  app show ID
  app create-bookmark --name NAME --url URL [common]
  app create-saml --name NAME --entity-id ID --acs-url URL [--name-id-format emailAddress|persistent|unspecified]
                  [--attribute SAML_NAME=FIELD ...] [common]   (FIELD: email, firstName, lastName, …)
  app create-oidc --name NAME --redirect-uri URL [...] --initiate-login-uri URL [--confidential
                  [--token-endpoint-auth-method client_secret_basic|client_secret_post]]
                  [--scopes "openid profile email"] [common]   (a confidential client's secret is shown once)
  app set ID [--name NAME] [--notes TEXT] [--require-mfa | --no-require-mfa] [--icon FILE|none]
  app delete ID
  app assign ID (--email EMAIL | --group NAME)
  app unassign ID (--email EMAIL | --group NAME)
  app rotate-secret ID
  group list | group create NAME | group delete NAME
  group add-member NAME --email EMAIL | group remove-member NAME --email EMAIL
  sso rotate-keys oidc-signing|saml-signing|oidc-cookie   (running servers switch within seconds)
    [common]: [--notes TEXT] [--require-mfa] [--icon FILE.png|.jpg|.webp]`;

export class AppCommandError extends Error {}

const iconTypesByExtension: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
};

export async function runAppCommand(argv: string[], io: AdminIo): Promise<void> {
  const { positionals, values } = parseArgs({
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
      scopes: { type: "string" },
      email: { type: "string" },
      group: { type: "string" },
    },
  });
  const [area = "", command = "", target] = positionals;
  const actor: AdminActor = { db: io.db, now: systemClock.now(), actorId: "cli" };
  const done = <T>(result: CatalogResult<T>, what: string): T => {
    if (result.ok) {
      return result.value;
    }
    throw new AppCommandError(
      result.reason === "not_found"
        ? `No such ${what}.`
        : `--${flagOf(result.field)} ${result.problem}.`,
    );
  };
  const common = (): Pick<AppDefinition, "notes" | "requireMfa" | "icon"> => ({
    ...(values.notes === undefined ? {} : { notes: values.notes }),
    ...(values["require-mfa"] === undefined ? {} : { requireMfa: values["require-mfa"] }),
    ...(values.icon === undefined ? {} : { icon: readIcon(values.icon) }),
  });
  const groupNamed = async (name: string | undefined) => {
    const group = (await listGroups(io.db)).find((candidate) => candidate.name === name);
    if (group === undefined) {
      throw new AppCommandError(`No group is named ${name ?? "(missing)"}.`);
    }
    return group;
  };
  const principal = async () => {
    if (values.email !== undefined) {
      const user = await findUserByEmail(io.db, values.email);
      if (user === undefined) {
        throw new AppCommandError(`No user has the email ${normalizeEmail(values.email)}.`);
      }
      return { principalType: "user" as const, principalId: user.id };
    }
    return { principalType: "group" as const, principalId: (await groupNamed(values.group)).id };
  };
  const created = (
    result: CatalogResult<{ app: { id: string; display_name: string }; clientSecret?: string }>,
  ) => {
    const value = done(result, "app");
    io.print(`Created ${value.app.display_name}: ${value.app.id}`);
    if (value.clientSecret !== undefined) {
      io.print(`Client secret (shown once): ${value.clientSecret}`);
    }
  };

  switch (`${area} ${command}`) {
    case "app list": {
      for (const app of await listApps(io.db)) {
        io.print(
          `${app.id}\t${app.kind}\t${app.display_name}${app.require_mfa === 1 ? "\tMFA" : ""}`,
        );
      }
      return;
    }
    case "app show": {
      const app = await findApp(io.db, required(target, "an app ID"));
      if (app === undefined) {
        throw new AppCommandError("No such app.");
      }
      const { icon_data: icon, oidc_client_secret_hash: secretHash, ...shown } = app;
      io.print(
        JSON.stringify(
          { ...shown, hasIcon: icon !== null, confidential: secretHash !== null },
          null,
          2,
        ),
      );
      for (const assignment of await listAssignments(io.db, app.id)) {
        io.print(`assigned to ${assignment.principal_type} ${assignment.principal_id}`);
      }
      return;
    }
    case "app create-bookmark":
      return created(
        await createApp(actor, "bookmark", {
          displayName: required(values.name, "--name"),
          bookmark: { url: required(values.url, "--url") },
          ...common(),
        }),
      );
    case "app create-saml":
      return created(
        await createApp(actor, "saml", {
          displayName: required(values.name, "--name"),
          saml: {
            entityId: required(values["entity-id"], "--entity-id"),
            acsUrl: required(values["acs-url"], "--acs-url"),
            nameIdFormat: nameIdFormat(values["name-id-format"]),
            attributes: attributes(values.attribute ?? []),
          },
          ...common(),
        }),
      );
    case "app create-oidc":
      return created(
        await createApp(actor, "oidc", {
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
            ...(values.scopes === undefined ? {} : { scopes: values.scopes }),
          },
          ...common(),
        }),
      );
    case "app set": {
      const app = done(
        await changeApp(actor, required(target, "an app ID"), {
          ...(values.name === undefined ? {} : { displayName: values.name }),
          ...common(),
          ...(values.icon === "none" ? { icon: null } : {}),
        }),
        "app",
      );
      io.print(`Updated ${app.display_name}.`);
      return;
    }
    case "app delete":
      done(await removeApp(actor, required(target, "an app ID")), "app");
      io.print("Deleted.");
      return;
    case "app assign":
    case "app unassign": {
      done(
        await changeAssignment(
          actor,
          { appId: required(target, "an app ID"), ...(await principal()) },
          command === "assign",
        ),
        "app",
      );
      io.print(command === "assign" ? "Assigned." : "Unassigned.");
      return;
    }
    case "app rotate-secret":
      io.print(
        `New client secret (shown once): ${done(await rotateClientSecret(actor, required(target, "an app ID")), "app")}`,
      );
      return;
    case "group list": {
      for (const group of await listGroups(io.db)) {
        io.print(
          `${group.name}\t${(await listGroupMemberIds(io.db, group.id)).length} members\t${group.id}`,
        );
      }
      return;
    }
    case "group create":
      io.print(
        `Created group ${done(await createGroup(actor, required(target, "a group name")), "group").name}.`,
      );
      return;
    case "group delete":
      done(await removeGroup(actor, (await groupNamed(target)).id), "group");
      io.print("Deleted.");
      return;
    case "group add-member":
    case "group remove-member": {
      const group = await groupNamed(target);
      const user = await findUserByEmail(io.db, required(values.email, "--email"));
      if (user === undefined) {
        throw new AppCommandError("No user has that email.");
      }
      done(await changeMembership(actor, group.id, user.id, command === "add-member"), "group");
      io.print(command === "add-member" ? `Added ${user.email}.` : `Removed ${user.email}.`);
      return;
    }
    case "sso rotate-keys": {
      const purpose = required(target, "a key purpose") as SsoKeyPurpose;
      if (!ssoKeyPurposes.includes(purpose)) {
        throw new AppCommandError("Name the keys: oidc-signing, saml-signing or oidc-cookie.");
      }
      const rotated = await rotateKeys(
        {
          db: io.db,
          clock: systemClock,
          random: systemRandom,
          config: io.config ?? { mode: "production", secretKey: undefined },
          actorId: "cli",
          announce: io.announce ?? announceNothing,
        },
        purpose,
      );
      if (!rotated.ok) {
        throw new AppCommandError("There is no organization yet.");
      }
      io.print(
        `Rotated ${purpose} keys; running servers sign with them within seconds (old keys stay published).`,
      );
      return;
    }
    default:
      throw new AppCommandError(`Unknown command "${area} ${command}".\n\n${appUsage}`);
  }
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === "") {
    throw new AppCommandError(`${name} is required.`);
  }
  return value;
}

function flagOf(field: string): string {
  return field
    .replace(/^(bookmark|saml|oidc)\./, "")
    .replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function nameIdFormat(value: string | undefined): NameIdFormat {
  const format = value ?? "emailAddress";
  if (!(format in nameIdFormats)) {
    throw new AppCommandError(
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
        throw new AppCommandError(`--attribute ${pair} is not SAML_NAME=FIELD.`);
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
    throw new AppCommandError("--icon must be a .png, .jpg or .webp file.");
  }
  return { type, base64: readFileSync(file).toString("base64") };
}

// `gatehouse-admin app|group|sso …`: the catalog from the command line, with the same checks as
// the admin API, ending in apps the user sees in GET /api/apps.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../server/admin/cli/io.ts";
import { runAdminCommand } from "../../server/admin/cli/commands.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

let server: TestServer;
let user: TestUser;

beforeAll(async () => {
  server = await startTestServer();
  user = await createTestUser(server);
});
afterAll(() => server.close());

async function admin(argv: string[]): Promise<string> {
  const lines: string[] = [];
  await runAdminCommand(argv, {
    db: server.context.db,
    stdin: () => Promise.resolve(""),
    print: (line) => lines.push(line),
  });
  return lines.join("\n");
}

const idIn = (output: string) => /: ([0-9a-f-]{36})$/m.exec(output)?.[1] ?? "";

describe("admin CLI for apps and groups", () => {
  it("creates apps of each kind, assigns them through a group, and the user sees them", async () => {
    const wiki = idIn(
      await admin([
        "app",
        "create-bookmark",
        "--name",
        "Wiki",
        "--url",
        "https://wiki.example.com/",
      ]),
    );
    const saml = idIn(
      await admin([
        "app",
        "create-saml",
        "--name",
        "Expenses",
        "--entity-id",
        "urn:expenses",
        "--acs-url",
        "https://expenses.example.com/acs",
        "--attribute",
        "mail=email",
        "--require-mfa",
      ]),
    );
    const oidcOutput = await admin([
      "app",
      "create-oidc",
      "--name",
      "Tracker",
      "--redirect-uri",
      "https://tracker.example.com/cb",
      "--initiate-login-uri",
      "https://tracker.example.com/login",
      "--confidential",
    ]);
    expect(oidcOutput).toMatch(/Client secret \(shown once\): \S{43}/);
    await admin(["group", "create", "Finance"]);
    await admin(["group", "add-member", "Finance", "--email", user.email]);
    await admin(["app", "assign", saml, "--group", "Finance"]);
    await admin(["app", "assign", wiki, "--email", user.email]);

    const jar = new CookieJar();
    await signIn(server, jar, user);
    const apps = (await callApi(server, jar, "GET", "/api/apps")).json<{
      apps: { name: string; requiresMfa: boolean }[];
    }>().apps;
    expect(apps).toEqual([
      expect.objectContaining({ name: "Expenses", requiresMfa: true }),
      expect.objectContaining({ name: "Wiki", requiresMfa: false }),
    ]);
    expect(await admin(["app", "list"])).toContain("Tracker");
  });

  it("refuses a non-https URL with a message naming the flag", async () => {
    await expect(
      admin(["app", "create-bookmark", "--name", "Bad", "--url", "http://bad.example.com/"]),
    ).rejects.toThrow(/--url must use https/);
  });

  it("registers how a confidential OIDC client authenticates, and refuses an unknown method", async () => {
    const base = [
      "app",
      "create-oidc",
      "--name",
      "Poster",
      "--redirect-uri",
      "https://p.example.com/cb",
    ];
    const login = ["--initiate-login-uri", "https://p.example.com/login", "--confidential"];
    const id = idIn(
      await admin([...base, ...login, "--token-endpoint-auth-method", "client_secret_post"]),
    );
    expect(await admin(["app", "show", id])).toContain(
      '"oidc_token_endpoint_auth_method": "client_secret_post"',
    );
    await expect(
      admin([...base, ...login, "--token-endpoint-auth-method", "private_key_jwt"]),
    ).rejects.toThrow(
      /--token-endpoint-auth-method must be client_secret_basic or client_secret_post/,
    );
  });

  it("refuses to rotate keys of an unknown purpose", async () => {
    await expect(admin(["sso", "rotate-keys", "everything"])).rejects.toBeInstanceOf(UsageError);
  });
});

import { describe, expect, it } from "vitest";
import {
  anchorOf,
  brokenCitations,
  citableText,
  headingsOf,
  type SourceFile,
  type Tree,
} from "../../../scripts/citations.ts";

const design = "# Design\n\n## 1. Promises\n\n### 1.2 The portal\n\n## 5. Authentication model\n";

const tree: Tree = {
  files: new Set([
    "docs/design.md",
    "docs/admin.md",
    "README.md",
    "server/auth/token.ts",
    "server/devices/connect-keys.ts",
    "server/routes/device-login/sign-in.ts",
  ]),
  headings: new Map([
    ["docs/design.md", headingsOf(design)],
    ["docs/admin.md", ["Administering Gatehouse", "Why passwords do not expire by default"]],
  ]),
};

function problems(file: SourceFile): string[] {
  return brokenCitations([file], tree).map(({ line, cited, problem }) =>
    [line, cited, problem].join(" | "),
  );
}

describe("citations of repository paths", () => {
  it("accepts a comment that cites an existing doc section", () => {
    const file = { path: "server/auth/token.ts", text: "// Tokens (docs/design.md §5).\n" };
    expect(problems(file)).toEqual([]);
  });

  it("refuses a comment citing a design file that is not in the repository", () => {
    const file = {
      path: "server/auth/token.ts",
      text: "const a = 1;\n// Tokens (DESIGN.md §5).\nexport {};\n",
    };
    expect(problems(file)).toEqual(["2 | DESIGN.md §5 | no such file or folder in the repository"]);
  });

  it("refuses a section the cited doc does not have", () => {
    const file = { path: "main/window.ts", text: "/** Hardened (docs/design.md §3). */\n" };
    expect(problems(file)).toEqual(["1 | docs/design.md §3 | docs/design.md has no section 3"]);
  });

  it("accepts a subsection by its number", () => {
    const file = { path: "renderer/a.tsx", text: "// The portal (docs/design.md §1.2).\n" };
    expect(problems(file)).toEqual([]);
  });

  it("resolves a path given relative to an enclosing folder, and refuses a stale one", () => {
    const file = {
      path: "server/devices/connect-keys.ts",
      text: "// hashed like auth/token.ts\n// see routes/device-login.ts\n",
    };
    expect(problems(file)).toEqual([
      "2 | routes/device-login.ts | no such file or folder in the repository",
    ]);
  });

  it("checks markdown links relative to the page, with their anchors", () => {
    const page = {
      path: "docs/sso.md",
      text: [
        "See [admin](admin.md#why-passwords-do-not-expire-by-default),",
        "[the readme](../README.md), [gone](missing.md) and [no such part](admin.md#nowhere).",
      ].join("\n"),
    };
    expect(problems(page)).toEqual([
      "2 | missing.md | no such file or folder in the repository",
      "2 | admin.md#nowhere | docs/admin.md has no heading #nowhere",
    ]);
  });

  it("reads only comments in code, so strings and URLs do not count", () => {
    const file = {
      path: "server/x.ts",
      text: [
        'const path = "server/not-there.ts";',
        "// https://example.com/docs/not-there.md is another site",
        "// cites server/auth/token.ts and server/routes/device-login/",
      ].join("\n"),
    };
    expect(problems(file)).toEqual([]);
    expect(citableText(file).map((region) => region.text)).toHaveLength(2);
  });

  it("refuses a folder that does not exist, but ignores folders that are not ours", () => {
    const file = {
      path: "docs/architecture.md",
      text: "Built into out/renderer/, keys in ~/.ssh/, code in server/nowhere/ and server/auth/.",
    };
    expect(problems(file)).toEqual([
      "1 | server/nowhere/ | no such file or folder in the repository",
    ]);
  });

  it("leaves alone other projects' files: type definitions, paths under folders we lack, URLs", () => {
    const file = {
      path: "main/webauthn.ts",
      text: [
        "// electron.d.ts App.configureWebAuthn; Contents/Info.plist in the bundle;",
        "// https://github.com/electron/electron/blob/main/lib/browser/api/net-fetch.ts",
        "// but not server/lib/net-fetch.ts, which would be ours",
      ].join("\n"),
    };
    expect(problems(file)).toEqual([
      "3 | server/lib/net-fetch.ts | no such file or folder in the repository",
    ]);
  });

  it("finds comments inside JSX", () => {
    const file = {
      path: "renderer/page.tsx",
      text: "export const page = (\n  <div>\n    {/* from PRODUCT.md §2 */}\n  </div>\n);\n",
    };
    expect(problems(file)).toEqual([
      "3 | PRODUCT.md §2 | no such file or folder in the repository",
    ]);
  });
});

describe("markdown headings", () => {
  it("skips fenced code and makes GitHub's anchors", () => {
    expect(headingsOf("# One\n```sh\n# not a heading\n```\n## Two, too!\n")).toEqual([
      "One",
      "Two, too!",
    ]);
    expect(anchorOf("Why passwords do not expire by default")).toBe(
      "why-passwords-do-not-expire-by-default",
    );
    expect(anchorOf("Signing and notarization (environment only)")).toBe(
      "signing-and-notarization-environment-only",
    );
  });
});

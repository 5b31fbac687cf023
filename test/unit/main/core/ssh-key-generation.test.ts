import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkSshKeyRequest, chooseKeyFileName } from "../../../../main/core/ssh-key-generation.ts";
import { generateSshKeyPair } from "../../../../main/core/ssh-keygen-runner.ts";
import { skipNote, sshKeygen } from "../../../fixtures/system-tools.ts";

describe("SSH key generation requests from the page", () => {
  it("accepts a comment and an optional passphrase", () => {
    expect(checkSshKeyRequest([{ comment: "alex@example.com", passphrase: "" }])).toMatchObject({
      ok: true,
    });
    expect(
      checkSshKeyRequest([{ comment: "alex@example.com", passphrase: "long enough!" }]),
    ).toMatchObject({ ok: true });
  });

  it.each([
    [[]],
    [["alex@example.com"]],
    [[{ comment: "a@b.c" }]],
    [[{ comment: "a@b.c", passphrase: "", path: "/etc/passwd" }]],
    [[{ comment: "a b", passphrase: "" }]],
    [[{ comment: "a@b.c\nssh-rsa AAAA", passphrase: "" }]],
    [[{ comment: "", passphrase: "" }]],
    [[{ comment: "a@b.c", passphrase: "short" }]],
    [[{ comment: "a@b.c", passphrase: "two\nlines here" }]],
    [[{ comment: "a@b.c", passphrase: "" }, "extra"]],
  ])("refuses %j", (args) => {
    expect(checkSshKeyRequest(args)).toMatchObject({ ok: false });
  });
});

describe("choosing the key file", () => {
  it("never takes a name that exists as a private or public key", () => {
    expect(chooseKeyFileName(new Set())).toBe("id_ed25519");
    expect(chooseKeyFileName(new Set(["id_ed25519.pub"]))).toBe("id_ed25519_gatehouse");
    expect(
      chooseKeyFileName(
        new Set(["id_ed25519", "id_ed25519_gatehouse", "id_ed25519_gatehouse_2.pub"]),
      ),
    ).toBe("id_ed25519_gatehouse_3");
  });
});

describe("generateSshKeyPair (real ssh-keygen)", () => {
  it.skipIf(sshKeygen.skipReason !== undefined)(
    `makes an Ed25519 pair under ~/.ssh protected by the passphrase, leaving existing keys alone${skipNote(sshKeygen)}`,
    async () => {
      const home = mkdtempSync(path.join(tmpdir(), "gatehouse-home-"));
      mkdirSync(path.join(home, ".ssh"));
      writeFileSync(path.join(home, ".ssh", "id_ed25519"), "EXISTING PRIVATE KEY");

      const outcome = await generateSshKeyPair(
        { comment: "alex@example.com", passphrase: "correct horse" },
        { homeDirectory: home },
      );
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) {
        return;
      }
      expect(outcome.key.privateKeyPath).toBe(path.join(home, ".ssh", "id_ed25519_gatehouse"));
      expect(outcome.key.publicKey).toMatch(/^ssh-ed25519 \S+ alex@example\.com$/);
      expect(readFileSync(path.join(home, ".ssh", "id_ed25519"), "utf8")).toBe(
        "EXISTING PRIVATE KEY",
      );
      expect(statSync(outcome.key.privateKeyPath).mode & 0o077).toBe(0);

      const derived = execFileSync(
        "ssh-keygen",
        ["-y", "-P", "correct horse", "-f", outcome.key.privateKeyPath],
        { encoding: "utf8" },
      );
      expect(derived.trim().split(" ").slice(0, 2)).toEqual(
        outcome.key.publicKey.split(" ").slice(0, 2),
      );
      expect(() =>
        execFileSync("ssh-keygen", ["-y", "-P", "", "-f", outcome.key.privateKeyPath], {
          stdio: "ignore",
        }),
      ).toThrow();
    },
  );

  it("says so when ssh-keygen is not installed", async () => {
    const home = mkdtempSync(path.join(tmpdir(), "gatehouse-home-"));
    const outcome = await generateSshKeyPair(
      { comment: "a@b.c", passphrase: "" },
      { homeDirectory: home, sshKeygen: "/nonexistent/ssh-keygen" },
    );
    expect(outcome).toMatchObject({ ok: false, code: "SSH_KEYGEN_MISSING" });
  });
});

// Runs the system's ssh-keygen to make an Ed25519 key pair in ~/.ssh. The passphrase goes through
// standard input (never argv, which other processes can read); a new session (detached) has no
// controlling terminal, so ssh-keygen reads its prompts from stdin. Only the public key is returned.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chooseKeyFileName, type SshKeyRequest } from "./ssh-key-generation.ts";

export type GeneratedSshKey = { publicKey: string; privateKeyPath: string };

export type SshKeygenOutcome =
  | { ok: true; key: GeneratedSshKey }
  | { ok: false; code: "SSH_KEYGEN_MISSING" | "SSH_KEYGEN_FAILED"; message: string };

export async function generateSshKeyPair(
  request: SshKeyRequest,
  options: { homeDirectory: string; sshKeygen?: string },
): Promise<SshKeygenOutcome> {
  const sshDirectory = path.join(options.homeDirectory, ".ssh");
  mkdirSync(sshDirectory, { recursive: true, mode: 0o700 });
  const fileName = chooseKeyFileName(new Set(readdirSync(sshDirectory)));
  const privateKeyPath = path.join(sshDirectory, fileName);

  const result = await run(
    options.sshKeygen ?? "ssh-keygen",
    ["-q", "-t", "ed25519", "-C", request.comment, "-f", privateKeyPath],
    `${request.passphrase}\n${request.passphrase}\n`,
  );
  if (result === "missing") {
    return {
      ok: false,
      code: "SSH_KEYGEN_MISSING",
      message:
        "ssh-keygen is not installed on this computer. Install OpenSSH, or add a key you made elsewhere.",
    };
  }
  if (result !== 0) {
    return {
      ok: false,
      code: "SSH_KEYGEN_FAILED",
      message: "ssh-keygen could not create the key.",
    };
  }
  return {
    ok: true,
    key: { publicKey: readFileSync(`${privateKeyPath}.pub`, "utf8").trim(), privateKeyPath },
  };
}

function run(command: string, args: string[], input: string): Promise<number | "missing"> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      detached: true,
      stdio: ["pipe", "ignore", "ignore"],
      windowsHide: true,
    });
    child.once("error", (error: NodeJS.ErrnoException) =>
      resolve(error.code === "ENOENT" ? "missing" : -1),
    );
    child.once("exit", (code) => resolve(code ?? -1));
    child.stdin.on("error", () => undefined); // the process may exit before reading everything
    child.stdin.end(input);
  });
}

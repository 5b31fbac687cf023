// The SSH keys section's words: the list, adding a key, and generating one on this device.
import { defineMessages } from "../../../locales/define-messages.ts";

export const sshKeyMessages = defineMessages({
  sshKeys: {
    id: "security.ssh.title",
    defaultMessage: "SSH keys",
    description: "Card heading",
  },
  sshNote: {
    id: "security.ssh.note",
    defaultMessage: "Public keys that let you sign in to your organization’s servers.",
    description: "Under the SSH keys heading",
  },
  generateOnDevice: {
    id: "security.ssh.generateOnDevice",
    defaultMessage: "Generate a key pair on this device",
    description: "Desktop app button: make an SSH key on this computer",
  },
  addKey: {
    id: "security.ssh.add",
    defaultMessage: "Add SSH key",
    description: "Button: paste a public key",
  },
  noKeys: {
    id: "security.ssh.none",
    defaultMessage: "No SSH keys yet.",
    description: "Empty SSH key list",
  },
  deleteKeyTitle: {
    id: "security.ssh.deleteTitle",
    defaultMessage: "Delete “{name}”?",
    description: "Dialog title; name is the key's name",
  },
  deleteKey: {
    id: "security.ssh.deleteConfirm",
    defaultMessage: "Delete key",
    description: "Red button in the delete dialog",
  },
  deleting: {
    id: "security.ssh.deleting",
    defaultMessage: "Deleting…",
    description: "Busy label of Delete key",
  },
  deleteKeyText: {
    id: "security.ssh.deleteText",
    defaultMessage:
      "This key stops working for signing in to your organization’s servers. The key file on your computer stays where it is.",
    description: "Delete dialog text",
  },
  keyMeta: {
    id: "security.ssh.meta",
    defaultMessage:
      "{hasComment, select, yes {{type} · {bits, number} bits · {comment} · Added {addedAt}} other {{type} · {bits, number} bits · Added {addedAt}}}",
    description: "Details of one SSH key; type is like Ed25519, addedAt a date",
  },
  delete: {
    id: "security.ssh.delete",
    defaultMessage: "Delete",
    description: "Button on an SSH key row",
  },
  deleteLabel: {
    id: "security.ssh.deleteLabel",
    defaultMessage: "Delete {name}",
    description: "Accessible name of an SSH key's Delete button",
  },
  securityKey: {
    id: "security.ssh.securityKey",
    defaultMessage: "{algorithm} security key",
    description: "Key type of a FIDO security key, e.g. 'Ed25519 security key'",
  },
  keyName: {
    id: "security.ssh.name",
    defaultMessage: "Name",
    description: "Label of the SSH key's name field",
  },
  keyNamePlaceholder: {
    id: "security.ssh.namePlaceholder",
    defaultMessage: "Work laptop",
    description: "Example name for an SSH key",
  },
  publicKey: {
    id: "security.ssh.publicKey",
    defaultMessage: "Public key",
    description: "Label of the field to paste a public key into",
  },
  publicKeyHint: {
    id: "security.ssh.publicKeyHint",
    defaultMessage:
      "Paste the contents of your <code>.pub</code> file, e.g. <code>~/.ssh/id_ed25519.pub</code>. Never paste a private key.",
    description: "Hint under the public key field; keep the file names",
  },
  pastePublicKey: {
    id: "security.ssh.pastePublicKey",
    defaultMessage: "Paste your public key.",
    description: "Error: the public key field is empty",
  },
  adding: {
    id: "security.ssh.adding",
    defaultMessage: "Adding…",
    description: "Busy label of Add key",
  },
  addKeyButton: {
    id: "security.ssh.addButton",
    defaultMessage: "Add key",
    description: "Submit button of the add-key form",
  },
  generateHint: {
    id: "security.ssh.generateHint",
    defaultMessage:
      "Creates an Ed25519 key in <code>~/.ssh</code> on this computer (an existing key is never overwritten) and adds its public half here.",
    description: "Desktop app: what generating a key does",
  },
  passphrase: {
    id: "security.ssh.passphrase",
    defaultMessage: "Passphrase (optional)",
    description: "Label: a passphrase that protects the new private key",
  },
  confirmPassphrase: {
    id: "security.ssh.confirmPassphrase",
    defaultMessage: "Confirm passphrase",
    description: "Label: the passphrase again",
  },
  passphrasesDiffer: {
    id: "security.ssh.passphrasesDiffer",
    defaultMessage: "The passphrases do not match.",
    description: "Error",
  },
  passphraseShort: {
    id: "security.ssh.passphraseShort",
    defaultMessage: "Use at least 8 characters, or leave the passphrase empty.",
    description: "Error",
  },
  generate: {
    id: "security.ssh.generate",
    defaultMessage: "Generate key pair",
    description: "Submit button",
  },
  generating: {
    id: "security.ssh.generating",
    defaultMessage: "Generating…",
    description: "Busy label of Generate key pair",
  },
  thisDevice: {
    id: "security.ssh.thisDevice",
    defaultMessage: "This device",
    description: "Name given to a generated key when the system is unknown",
  },
  systemDevice: {
    id: "security.ssh.systemDevice",
    defaultMessage: "{system} device",
    description: "Name given to a generated key, e.g. 'macOS device'",
  },
  madeNotAdded: {
    id: "security.ssh.madeNotAdded",
    defaultMessage: "The key was made ({path}) but could not be added: {problem}",
    description: "Error: the key pair exists on the computer but the server refused it",
  },
  generated: {
    id: "security.ssh.generated",
    defaultMessage:
      "Your new key is on your account. The private key is saved on this computer at <code>{path}</code> and never left it.",
    description: "After generating a key pair",
  },
  done: {
    id: "security.ssh.done",
    defaultMessage: "Done",
    description: "Button that closes the generated-key note",
  },
});

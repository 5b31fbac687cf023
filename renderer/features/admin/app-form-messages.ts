// The console's words for the app forms (new and edit): the kinds, each kind's fields, SAML metadata, the
// secret shown once, and what the server said is wrong with a field (its `reason`).
import { defineMessages } from "../../../locales/define-messages.ts";

export const appFormMessages = defineMessages({
  tokenEndpointAuthMethod: {
    id: "admin.appForm.tokenEndpointAuthMethod",
    defaultMessage: "How the app proves its identity when it fetches tokens",
    description: "Select label: OIDC token_endpoint_auth_method of a confidential client",
  },
  authBasic: {
    id: "admin.appForm.authBasic",
    defaultMessage: "Client secret in the Authorization header (client_secret_basic)",
    description: "Choice of the token endpoint authentication",
  },
  authPost: {
    id: "admin.appForm.authPost",
    defaultMessage: "Client secret in the form body (client_secret_post)",
    description: "Choice of the token endpoint authentication",
  },
  idTokenSigningAlg: {
    id: "admin.appForm.idTokenSigningAlg",
    defaultMessage: "ID token signing algorithm",
    description: "Select label: ES256 or RS256",
  },
  scopes: {
    id: "admin.appForm.scopes",
    defaultMessage: "Scopes the app may ask for (separated by spaces)",
    description: "Field label: OIDC scopes, e.g. openid profile email",
  },
  editTitle: {
    id: "admin.appForm.editTitle",
    defaultMessage: "Edit settings",
    description: "Heading of the form that changes an existing app, and the button that opens it",
  },
  editExplains: {
    id: "admin.appForm.editExplains",
    defaultMessage: "The server checks every field; if it refuses one, nothing is saved.",
    description: "Under the Edit settings heading",
  },
  save: {
    id: "admin.appForm.save",
    defaultMessage: "Save changes",
    description: "Button of the app's edit form",
  },
  saving: {
    id: "admin.appForm.saving",
    defaultMessage: "Saving …",
    description: "Busy",
  },
  cancel: {
    id: "admin.appForm.cancel",
    defaultMessage: "Cancel",
    description: "Button: close the edit form without saving",
  },
  saved: {
    id: "admin.appForm.saved",
    defaultMessage: "Settings of {name} saved.",
    description: "Said after the app's settings were saved",
  },
  description: {
    id: "admin.newApp.description",
    defaultMessage: "The server checks every field before anything is saved.",
    description: "Under the New application heading",
  },
  kindLegend: {
    id: "admin.newApp.kind",
    defaultMessage: "How it signs people in",
    description: "Group of radio buttons: the kind of app",
  },
  bookmarkHint: {
    id: "admin.newApp.bookmarkHint",
    defaultMessage: "A link to a website; people sign in there themselves.",
    description: "Explains the Bookmark kind",
  },
  samlHint: {
    id: "admin.newApp.samlHint",
    defaultMessage: "Gatehouse posts a signed SAML response to the app.",
    description: "Explains the SAML kind",
  },
  oidcHint: {
    id: "admin.newApp.oidcHint",
    defaultMessage: "The app signs people in through Gatehouse with OpenID Connect.",
    description: "Explains the OpenID Connect kind",
  },
  name: { id: "admin.newApp.name", defaultMessage: "Name", description: "Field" },
  notes: {
    id: "admin.newApp.notes",
    defaultMessage: "Notes people see (optional)",
    description: "Field",
  },
  requireMfa: {
    id: "admin.newApp.requireMfa",
    defaultMessage: "Ask for the authenticator each time it opens",
    description: "Checkbox",
  },
  url: { id: "admin.newApp.url", defaultMessage: "Address", description: "Bookmark field" },
  metadata: {
    id: "admin.newApp.metadata",
    defaultMessage: "Service provider metadata (XML)",
    description: "Text area for SAML metadata",
  },
  metadataHint: {
    id: "admin.newApp.metadataHint",
    defaultMessage:
      "Paste it or choose the file: the entity ID, ACS URL and signing certificate are read from it.",
    description: "Under the metadata text area",
  },
  metadataFile: {
    id: "admin.newApp.metadataFile",
    defaultMessage: "Metadata file",
    description: "File field for SAML metadata",
  },
  readMetadata: {
    id: "admin.newApp.readMetadata",
    defaultMessage: "Read metadata",
    description: "Button",
  },
  reading: { id: "admin.newApp.reading", defaultMessage: "Reading…", description: "Busy" },
  metadataRead: {
    id: "admin.newApp.metadataRead",
    defaultMessage: "Read from the metadata. Check the fields below.",
    description: "Said once the metadata filled the fields",
  },
  entityId: { id: "admin.newApp.entityId", defaultMessage: "Entity ID", description: "Field" },
  acsUrl: {
    id: "admin.newApp.acsUrl",
    defaultMessage: "ACS URL (where the response is posted)",
    description: "Field",
  },
  redirectUris: {
    id: "admin.newApp.redirectUris",
    defaultMessage: "Redirect URIs, one a line",
    description: "Text area",
  },
  initiateLoginUri: {
    id: "admin.newApp.initiateLoginUri",
    defaultMessage: "Login initiation URI",
    description: "Field",
  },
  confidential: {
    id: "admin.newApp.confidential",
    defaultMessage: "Confidential client: it gets a client secret",
    description: "Checkbox",
  },
  create: {
    id: "admin.newApp.create",
    defaultMessage: "Create application",
    description: "Button",
  },
  creating: { id: "admin.newApp.creating", defaultMessage: "Creating…", description: "Busy" },
  secretTitle: {
    id: "admin.newApp.secretTitle",
    defaultMessage: "Copy the client secret now",
    description: "Dialog heading after creating a confidential OIDC app",
  },
  secretExplains: {
    id: "admin.newApp.secretExplains",
    defaultMessage:
      "This is the only time it is shown. Put it into the app’s settings; if it is lost, rotate it.",
    description: "Dialog text",
  },
  openApp: {
    id: "admin.newApp.openApp",
    defaultMessage: "Open its page",
    description: "Dialog button to the new app's page",
  },
  problem: {
    id: "admin.newApp.problem",
    defaultMessage:
      "{reason, select, empty {This field cannot be empty.} url_length {The address is too long.} wildcard {Wildcards (*) are not allowed.} not_absolute_url {Enter a full address, like https://app.example.com/.} not_https {Use an https:// address (http://localhost only for development).} url_credentials {Leave the user name and password out of the address.} url_fragment {Leave out the part after #.} not_canonical {Write the address as browsers do, e.g. with a / after the host name.} scopes {Use openid, profile and email only, with openid.} entity_id {Use 1 to 1024 characters without spaces.} other {Check what you entered and try again.}}",
    description: "What is wrong with a field of an app (a name, an address, an entity ID)",
  },
  fileProblem: {
    id: "admin.newApp.fileProblem",
    defaultMessage:
      "{reason, select, not_base64 {The file could not be read.} icon_size {The image is larger than 64 KiB.} icon_type {Use a PNG, JPEG or WebP image.} bad_certificate {This is not an X.509 certificate.} doctype {Metadata with a DOCTYPE or entities is refused.} not_xml {This is not well-formed XML.} not_metadata {This is not SAML metadata (no EntityDescriptor).} no_entity_id {The metadata has no usable entityID.} no_sp {The metadata describes no service provider (SPSSODescriptor).} no_post_acs {The metadata has no HTTP-POST AssertionConsumerService.} other {Check what you entered and try again.}}",
    description:
      "What is wrong with an app's metadata, certificate or icon; keep DOCTYPE, EntityDescriptor, entityID, SPSSODescriptor, HTTP-POST and AssertionConsumerService as they are",
  },
});

// The console's words for groups: the list, a new group, one group's name, members and apps.
import { defineMessages } from "../../../locales/define-messages.ts";

export const groupMessages = defineMessages({
  title: { id: "admin.groups.title", defaultMessage: "Groups", description: "Page heading" },
  description: {
    id: "admin.groups.description",
    defaultMessage: "People who share apps: an app given to a group reaches every member.",
    description: "Under the Groups heading",
  },
  newName: {
    id: "admin.groups.newName",
    defaultMessage: "New group’s name",
    description: "Field for creating a group",
  },
  create: { id: "admin.groups.create", defaultMessage: "Create group", description: "Button" },
  creating: { id: "admin.groups.creating", defaultMessage: "Creating…", description: "Busy" },
  loading: {
    id: "admin.groups.loading",
    defaultMessage: "Loading groups…",
    description: "While the groups load",
  },
  none: {
    id: "admin.groups.none",
    defaultMessage: "No group yet. Create one to give apps to several people at once.",
    description: "Empty list of groups",
  },
  members: {
    id: "admin.groups.memberCount",
    defaultMessage: "{count, plural, one {# member} other {# members}}",
    description: "Beside a group's name in the list",
  },
  allGroups: {
    id: "admin.group.back",
    defaultMessage: "← All groups",
    description: "Link back to the group list (the arrow points back in the reading direction)",
  },
  pageDescription: {
    id: "admin.group.description",
    defaultMessage: "Its members and the apps it gives them.",
    description: "Under a group's name on its page",
  },
  name: { id: "admin.group.name", defaultMessage: "Name", description: "Field: the group's name" },
  rename: { id: "admin.group.rename", defaultMessage: "Rename", description: "Button" },
  renamed: { id: "admin.group.renamed", defaultMessage: "Group renamed.", description: "Done" },
  membersTitle: { id: "admin.group.members", defaultMessage: "Members", description: "Heading" },
  noMembers: {
    id: "admin.group.noMembers",
    defaultMessage: "No member yet.",
    description: "Empty member list",
  },
  findPerson: {
    id: "admin.group.findPerson",
    defaultMessage: "Add a person",
    description: "Search field for a person to add to the group",
  },
  findPlaceholder: {
    id: "admin.group.findPlaceholder",
    defaultMessage: "Name, email, employee ID or department",
    description: "Placeholder of the person search",
  },
  candidates: {
    id: "admin.group.candidates",
    defaultMessage: "People found",
    description: "Accessible name of the search results",
  },
  noCandidate: {
    id: "admin.group.noCandidate",
    defaultMessage: "Nobody else matches.",
    description: "The search found nobody who is not a member yet",
  },
  add: { id: "admin.group.add", defaultMessage: "Add", description: "Button" },
  addLabel: {
    id: "admin.group.addLabel",
    defaultMessage: "Add {name}",
    description: "Accessible name of a search result's Add button; name is the person's name",
  },
  added: { id: "admin.group.added", defaultMessage: "{name} added.", description: "Done" },
  remove: { id: "admin.group.remove", defaultMessage: "Remove", description: "Button" },
  removeLabel: {
    id: "admin.group.removeLabel",
    defaultMessage: "Remove {name}",
    description: "Accessible name of a Remove button; name is a person's or an app's name",
  },
  removed: { id: "admin.group.removed", defaultMessage: "{name} removed.", description: "Done" },
  appsTitle: {
    id: "admin.group.apps",
    defaultMessage: "Apps it grants",
    description: "Heading: the apps every member of the group may open",
  },
  noApps: {
    id: "admin.group.noApps",
    defaultMessage: "It grants no app yet.",
    description: "Empty app list",
  },
  grantLabel: {
    id: "admin.group.grantLabel",
    defaultMessage: "Give an app",
    description: "Select of an app to give the group",
  },
  chooseApp: {
    id: "admin.group.chooseApp",
    defaultMessage: "Choose an app",
    description: "First choice of the app select",
  },
  grant: { id: "admin.group.grant", defaultMessage: "Give app", description: "Button" },
  granted: {
    id: "admin.group.granted",
    defaultMessage: "{name} given to the group.",
    description: "Done; name is the app's name",
  },
  kind: {
    id: "admin.group.appKind",
    defaultMessage: "{kind, select, saml {SAML} oidc {OpenID Connect} other {Bookmark}}",
    description: "An app's kind under its name (keep SAML and OpenID Connect)",
  },
});

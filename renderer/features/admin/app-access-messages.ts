// The console's words for an app's icon and for who may open it (people and groups).
import { defineMessages } from "../../../locales/define-messages.ts";

export const appAccessMessages = defineMessages({
  iconTitle: { id: "admin.app.iconTitle", defaultMessage: "Icon", description: "Card heading" },
  iconHint: {
    id: "admin.app.iconHint",
    defaultMessage: "PNG, JPEG or WebP, at most 64 KiB. Without one, the portal shows initials.",
    description: "Icon card",
  },
  currentIcon: {
    id: "admin.app.currentIcon",
    defaultMessage: "Current icon",
    description: "Alternative text of the app's icon",
  },
  uploadIcon: {
    id: "admin.app.uploadIcon",
    defaultMessage: "Upload an icon",
    description: "File field",
  },
  removeIcon: { id: "admin.app.removeIcon", defaultMessage: "Remove icon", description: "Button" },
  iconSaved: { id: "admin.app.iconSaved", defaultMessage: "Icon saved.", description: "Status" },
  iconRemoved: {
    id: "admin.app.iconRemoved",
    defaultMessage: "Icon removed.",
    description: "Status",
  },
  accessTitle: {
    id: "admin.app.accessTitle",
    defaultMessage: "Who can open it",
    description: "Card heading: the app's assignments",
  },
  nobody: {
    id: "admin.app.nobody",
    defaultMessage: "Nobody yet. Assign people or groups below.",
    description: "App without assignments",
  },
  groupTag: {
    id: "admin.app.groupTag",
    defaultMessage: "Group",
    description: "Beside an assigned group's name",
  },
  remove: { id: "admin.app.remove", defaultMessage: "Remove", description: "Button" },
  removeLabel: {
    id: "admin.app.removeLabel",
    defaultMessage: "Remove {name}",
    description: "Accessible name of a Remove button",
  },
  findPerson: {
    id: "admin.app.findPerson",
    defaultMessage: "Assign a person",
    description: "Search field for people to assign the app to",
  },
  findPlaceholder: {
    id: "admin.app.findPlaceholder",
    defaultMessage: "Name, email, employee ID or department",
    description: "Placeholder of the people search",
  },
  candidates: {
    id: "admin.app.candidates",
    defaultMessage: "People found",
    description: "Accessible name of the search results",
  },
  noCandidate: {
    id: "admin.app.noCandidate",
    defaultMessage: "Nobody else matches.",
    description: "Search found nobody to assign",
  },
  assign: { id: "admin.app.assign", defaultMessage: "Assign", description: "Button" },
  assignLabel: {
    id: "admin.app.assignLabel",
    defaultMessage: "Assign to {name}",
    description: "Accessible name of an Assign button",
  },
  groupLabel: {
    id: "admin.app.groupLabel",
    defaultMessage: "Assign a group",
    description: "Select of groups",
  },
  chooseGroup: {
    id: "admin.app.chooseGroup",
    defaultMessage: "Choose a group",
    description: "First option of the group select",
  },
  assignGroup: {
    id: "admin.app.assignGroup",
    defaultMessage: "Assign group",
    description: "Button",
  },
  assigned: {
    id: "admin.app.assigned",
    defaultMessage: "Assigned to {name}.",
    description: "Status",
  },
  unassigned: {
    id: "admin.app.unassigned",
    defaultMessage: "{name} can no longer open it.",
    description: "Status",
  },
});

// The console's words for users: the list and its search, a new user, one user's page.
import { defineMessages } from "../../../locales/define-messages.ts";

export const userMessages = defineMessages({
  title: { id: "admin.users.title", defaultMessage: "Users", description: "Users page heading" },
  description: {
    id: "admin.users.description",
    defaultMessage:
      "Find a person by name, email, employee ID or department, then open them to act.",
    description: "Under the Users heading",
  },
  newUser: { id: "admin.users.new", defaultMessage: "New user", description: "Button" },
  searchLabel: {
    id: "admin.users.search",
    defaultMessage: "Search users",
    description: "Label of the user search box",
  },
  searchPlaceholder: {
    id: "admin.users.searchPlaceholder",
    defaultMessage: "Name, email, employee ID or department",
    description: "Placeholder of the user search box",
  },
  searchHint: {
    id: "admin.users.searchHint",
    defaultMessage: "Press / to come back here.",
    description: "Hint under the search box: the / key focuses it (keep the /)",
  },
  show: {
    id: "admin.users.filter",
    defaultMessage: "Show",
    description: "Label of the list filter (all users, locked, disabled…)",
  },
  filterAll: { id: "admin.users.filter.all", defaultMessage: "All users", description: "Filter" },
  filterLocked: {
    id: "admin.users.filter.locked",
    defaultMessage: "Locked",
    description: "Filter",
  },
  filterDisabled: {
    id: "admin.users.filter.disabled",
    defaultMessage: "Disabled",
    description: "Filter",
  },
  filterNoMfa: {
    id: "admin.users.filter.noMfa",
    defaultMessage: "MFA not set up",
    description: "Filter: users without an authenticator app",
  },
  filterExpired: {
    id: "admin.users.filter.expired",
    defaultMessage: "Password expired",
    description: "Filter",
  },
  filterInvited: {
    id: "admin.users.filter.invited",
    defaultMessage: "Invited, no password yet",
    description: "Filter: users who have not accepted their invitation",
  },
  filterAdmins: {
    id: "admin.users.filter.admins",
    defaultMessage: "Admins",
    description: "Filter",
  },
  count: {
    id: "admin.users.count",
    defaultMessage: "{count, plural, one {# user} other {# users}}",
    description: "Heading of the results: how many users match",
  },
  results: {
    id: "admin.users.results",
    defaultMessage: "Results",
    description: "Heading of the results while they load",
  },
  loadingUsers: {
    id: "admin.users.loading",
    defaultMessage: "Loading users…",
    description: "Shown while the list loads",
  },
  noMatch: {
    id: "admin.users.noMatch",
    defaultMessage: "No user matches. Try fewer or shorter words.",
    description: "Empty search result",
  },
  found: {
    id: "admin.users.found",
    defaultMessage: "Users found",
    description: "Accessible name of the scrollable results table",
  },
  columnName: { id: "admin.users.column.name", defaultMessage: "Name", description: "Column" },
  columnDepartment: {
    id: "admin.users.column.department",
    defaultMessage: "Department",
    description: "Column",
  },
  columnEmployeeId: {
    id: "admin.users.column.employeeId",
    defaultMessage: "Employee ID",
    description: "Column",
  },
  columnStatus: {
    id: "admin.users.column.status",
    defaultMessage: "Status",
    description: "Column",
  },
  badgeDisabled: {
    id: "admin.users.badge.disabled",
    defaultMessage: "Disabled",
    description: "Badge: the account is disabled",
  },
  badgeLocked: {
    id: "admin.users.badge.locked",
    defaultMessage: "Locked",
    description: "Badge: the account is locked",
  },
  badgeInvited: {
    id: "admin.users.badge.invited",
    defaultMessage: "Invited",
    description: "Badge: invited, no password chosen yet",
  },
  badgeNoMfa: {
    id: "admin.users.badge.noMfa",
    defaultMessage: "No MFA",
    description: "Badge: no authenticator app set up",
  },
  badgeAdmin: {
    id: "admin.users.badge.admin",
    defaultMessage: "Admin",
    description: "Badge: the user is an admin",
  },
  badgeActive: {
    id: "admin.users.badge.active",
    defaultMessage: "Active",
    description: "Badge: nothing to note about the account",
  },
  newUserTitle: { id: "admin.newUser.title", defaultMessage: "New user", description: "Dialog" },
  createdTitle: {
    id: "admin.newUser.created",
    defaultMessage: "User created",
    description: "Dialog title after creating a user",
  },
  openUser: { id: "admin.newUser.open", defaultMessage: "Open user", description: "Button" },
  invitationSent: {
    id: "admin.newUser.invitationSent",
    defaultMessage:
      "{email} got an invitation mail. Its link works for three days and lets them choose their own password.",
    description: "After creating a user with an invitation; email is their address",
  },
  temporaryShownOnce: {
    id: "admin.newUser.temporary",
    defaultMessage: "Temporary password for {email}, shown once: {password}",
    description: "After creating a user without invitation; password is the temporary password",
  },
  cancel: { id: "admin.newUser.cancel", defaultMessage: "Cancel", description: "Button" },
  create: { id: "admin.newUser.create", defaultMessage: "Create user", description: "Button" },
  creating: {
    id: "admin.newUser.creating",
    defaultMessage: "Creating…",
    description: "Busy create button",
  },
  invite: {
    id: "admin.newUser.invite",
    defaultMessage: "Send an invitation mail (otherwise you get a temporary password to hand over)",
    description: "Checkbox in the New user dialog",
  },
  pageDescription: {
    id: "admin.user.description",
    defaultMessage: "One person’s account, factors and activity.",
    description: "Under the heading of a user's page while it loads",
  },
  allUsers: {
    id: "admin.user.back",
    defaultMessage: "← All users",
    description: "Link back to the user list (the arrow points back in the reading direction)",
  },
  auditForUser: {
    id: "admin.user.audit",
    defaultMessage: "Audit log for this user",
    description: "Link to the audit log filtered to this user",
  },
  profileSaved: {
    id: "admin.user.profileSaved",
    defaultMessage: "Profile saved.",
    description: "Said after the admin saved a user's profile",
  },
  profileTitle: {
    id: "admin.user.profile",
    defaultMessage: "Profile",
    description: "Heading of the user's profile form on their page",
  },
  saveProfile: {
    id: "admin.user.saveProfile",
    defaultMessage: "Save profile",
    description: "Button",
  },
  discardChanges: {
    id: "admin.user.discard",
    defaultMessage: "Discard changes",
    description: "Button: puts the form back as it was",
  },
});

// The Profile page's words: sections, field labels, editing and what a bad value is told.
import { defineMessages } from "../../../locales/define-messages.ts";

export const profileMessages = defineMessages({
  title: { id: "profile.title", defaultMessage: "Profile", description: "Page heading" },
  descriptionEditable: {
    id: "profile.description.editable",
    defaultMessage: "Your details as your organization has them. Click a field to change it.",
    description: "Under the heading when the user may edit",
  },
  descriptionReadOnly: {
    id: "profile.description.readOnly",
    defaultMessage: "Your details as your organization has them.",
    description: "Under the heading when the admin manages profiles",
  },
  managedNote: {
    id: "profile.managedNote",
    defaultMessage:
      "Your administrator manages these details, so they are read-only here. Contact your IT administrator to change them.",
    description: "Note when profiles are read-only",
  },
  managedNoteSome: {
    id: "profile.managedNoteSome",
    defaultMessage:
      "Your administrator manages some of these details, so they are read-only here. Contact your IT administrator to change them.",
    description: "Note when the admin locked some profile fields and left others editable",
  },
  details: {
    id: "profile.section.details",
    defaultMessage: "Profile details",
    description: "Section heading",
  },
  personal: {
    id: "profile.section.personal",
    defaultMessage: "Personal information",
    description: "Section heading",
  },
  employment: {
    id: "profile.section.employment",
    defaultMessage: "Employment information",
    description: "Section heading",
  },
  firstName: { id: "profile.field.firstName", defaultMessage: "First name", description: "Field" },
  lastName: { id: "profile.field.lastName", defaultMessage: "Last name", description: "Field" },
  displayName: {
    id: "profile.field.displayName",
    defaultMessage: "Display name",
    description: "Field: the name others see",
  },
  username: { id: "profile.field.username", defaultMessage: "Username", description: "Field" },
  companyEmail: {
    id: "profile.field.companyEmail",
    defaultMessage: "Company email",
    description: "Field",
  },
  mobilePhone: {
    id: "profile.field.mobilePhone",
    defaultMessage: "Mobile phone",
    description: "Field",
  },
  workPhone: { id: "profile.field.workPhone", defaultMessage: "Work phone", description: "Field" },
  homeAddress: {
    id: "profile.field.homeAddress",
    defaultMessage: "Home address",
    description: "Field",
  },
  personalEmail: {
    id: "profile.field.personalEmail",
    defaultMessage: "Personal email",
    description: "Field",
  },
  jobTitle: { id: "profile.field.jobTitle", defaultMessage: "Job title", description: "Field" },
  department: {
    id: "profile.field.department",
    defaultMessage: "Department",
    description: "Field",
  },
  employeeId: {
    id: "profile.field.employeeId",
    defaultMessage: "Employee ID",
    description: "Field",
  },
  manager: { id: "profile.field.manager", defaultMessage: "Manager", description: "Field" },
  costCenter: {
    id: "profile.field.costCenter",
    defaultMessage: "Cost center",
    description: "Field: the accounting unit",
  },
  officeLocation: {
    id: "profile.field.officeLocation",
    defaultMessage: "Office location",
    description: "Field",
  },
  startDate: {
    id: "profile.field.startDate",
    defaultMessage: "Start date",
    description: "Field: the first day at the company",
  },
  saved: {
    id: "profile.saved",
    defaultMessage: "{field} saved.",
    description: "Said by screen readers after a save; field is the field's label",
  },
  save: { id: "profile.save", defaultMessage: "Save", description: "Button" },
  saving: { id: "profile.saving", defaultMessage: "Saving…", description: "Busy label" },
  editLabel: {
    id: "profile.editLabel",
    defaultMessage:
      "{saved, select, yes {{empty, select, yes {{field}: not set Saved. Edit} other {{field}: {value} Saved. Edit}}} other {{empty, select, yes {{field}: not set. Edit} other {{field}: {value}. Edit}}}}",
    description:
      "Accessible name of a field's button; must hold every word the button shows (WCAG 2.5.3)",
  },
  notSet: { id: "profile.notSet", defaultMessage: "Not set", description: "An empty field" },
  savedBadge: {
    id: "profile.savedBadge",
    defaultMessage: "Saved",
    description: "Shown next to a field after it was saved",
  },
  managed: {
    id: "profile.managed",
    defaultMessage: "Managed by your organization",
    description: "Tooltip of the lock icon on a read-only field",
  },
  required: {
    id: "profile.problem.required",
    defaultMessage: "This field cannot be empty.",
    description: "Error",
  },
  usernameShape: {
    id: "profile.problem.username",
    defaultMessage: "Use 2–64 letters, digits, dots, dashes or underscores.",
    description: "Error",
  },
  phoneShape: {
    id: "profile.problem.phone",
    defaultMessage: "Enter a phone number, like +1 415 555 0134.",
    description: "Error",
  },
  emailShape: {
    id: "profile.problem.email",
    defaultMessage: "Enter an email address, like name@example.com.",
    description: "Error",
  },
  dateShape: { id: "profile.problem.date", defaultMessage: "Enter a date.", description: "Error" },
  addressLength: {
    id: "profile.problem.address",
    defaultMessage: "Keep the address under 500 characters.",
    description: "Error",
  },
  tooLong: {
    id: "profile.problem.tooLong",
    defaultMessage: "Keep this under 100 characters.",
    description: "Error",
  },
});

// The words for a user's profile fields in the console: the admin's profile form, the New user
// dialog and the per-field locks of the profile policy.
import { defineMessages } from "../../../locales/define-messages.ts";

export const fieldLabels = defineMessages({
  firstName: {
    id: "admin.field.firstName",
    defaultMessage: "First name",
    description: "A profile field's label in the admin console",
  },
  lastName: {
    id: "admin.field.lastName",
    defaultMessage: "Last name",
    description: "A profile field's label in the admin console",
  },
  displayName: {
    id: "admin.field.displayName",
    defaultMessage: "Display name",
    description: "A profile field's label in the admin console",
  },
  username: {
    id: "admin.field.username",
    defaultMessage: "Username",
    description: "A profile field's label in the admin console",
  },
  email: {
    id: "admin.field.email",
    defaultMessage: "Company email",
    description: "A profile field's label in the admin console",
  },
  mobilePhone: {
    id: "admin.field.mobilePhone",
    defaultMessage: "Mobile phone",
    description: "A profile field's label in the admin console",
  },
  workPhone: {
    id: "admin.field.workPhone",
    defaultMessage: "Work phone",
    description: "A profile field's label in the admin console",
  },
  homeAddress: {
    id: "admin.field.homeAddress",
    defaultMessage: "Home address",
    description: "A profile field's label in the admin console",
  },
  personalEmail: {
    id: "admin.field.personalEmail",
    defaultMessage: "Personal email",
    description: "A profile field's label in the admin console",
  },
  jobTitle: {
    id: "admin.field.jobTitle",
    defaultMessage: "Job title",
    description: "A profile field's label in the admin console",
  },
  department: {
    id: "admin.field.department",
    defaultMessage: "Department",
    description: "A profile field's label in the admin console",
  },
  employeeId: {
    id: "admin.field.employeeId",
    defaultMessage: "Employee ID",
    description: "A profile field's label in the admin console",
  },
  manager: {
    id: "admin.field.manager",
    defaultMessage: "Manager",
    description: "A profile field's label in the admin console",
  },
  costCenter: {
    id: "admin.field.costCenter",
    defaultMessage: "Cost center",
    description: "A profile field's label in the admin console",
  },
  officeLocation: {
    id: "admin.field.officeLocation",
    defaultMessage: "Office location",
    description: "A profile field's label in the admin console",
  },
  startDate: {
    id: "admin.field.startDate",
    defaultMessage: "Start date",
    description: "A profile field's label in the admin console",
  },
});

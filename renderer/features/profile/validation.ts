// Checks a profile value before it is sent, with the message a person needs; the server runs
// the same limits again and has the last word.
import type { MessageDescriptor } from "react-intl";
import type { ProfileField } from "./api.ts";
import { profileMessages as m } from "./messages.ts";

const required = new Set<ProfileField>(["firstName", "lastName", "displayName", "username"]);

export function profileProblem(field: ProfileField, raw: string): MessageDescriptor | undefined {
  const value = raw.trim();
  if (value === "") {
    return required.has(field) ? m.required : undefined;
  }
  switch (field) {
    case "username":
      return /^[a-zA-Z0-9._-]{2,64}$/.test(value) ? undefined : m.usernameShape;
    case "mobilePhone":
    case "workPhone":
      return /^\+?[0-9 ()./-]{4,32}$/.test(value) ? undefined : m.phoneShape;
    case "personalEmail":
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254
        ? undefined
        : m.emailShape;
    case "startDate":
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
        ? undefined
        : m.dateShape;
    case "homeAddress":
      return value.length <= 500 ? undefined : m.addressLength;
    default:
      return value.length <= 100 ? undefined : m.tooLong;
  }
}

// Checks a profile value before it is sent, with the message a person needs; the server runs
// the same limits again and has the last word.
import type { ProfileField } from "./api.ts";

const required = new Set<ProfileField>(["firstName", "lastName", "displayName", "username"]);

export function profileProblem(field: ProfileField, raw: string): string | undefined {
  const value = raw.trim();
  if (value === "") {
    return required.has(field) ? "This field cannot be empty." : undefined;
  }
  switch (field) {
    case "username":
      return /^[a-zA-Z0-9._-]{2,64}$/.test(value)
        ? undefined
        : "Use 2–64 letters, digits, dots, dashes or underscores.";
    case "mobilePhone":
    case "workPhone":
      return /^\+?[0-9 ()./-]{4,32}$/.test(value)
        ? undefined
        : "Enter a phone number, like +1 415 555 0134.";
    case "personalEmail":
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254
        ? undefined
        : "Enter an email address, like name@example.com.";
    case "startDate":
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
        ? undefined
        : "Enter a date.";
    case "homeAddress":
      return value.length <= 500 ? undefined : "Keep the address under 500 characters.";
    default:
      return value.length <= 100 ? undefined : "Keep this under 100 characters.";
  }
}

// What the server said is wrong, placed where the admin looks: under the field it names, or
// above the form when it names none on screen. Field problems are worded by their reason.
import { useIntl } from "react-intl";
import { useErrorText } from "../../lib/error-messages.ts";
import type { ApiError } from "../../lib/http.ts";
import { appFormMessages as m } from "./app-form-messages.ts";
import { formFieldOf } from "./app-draft.ts";

/** Problems with a file's content (metadata, certificate, icon) have their own message. */
const fileReasons = new Set([
  "not_base64",
  "icon_size",
  "icon_type",
  "bad_certificate",
  "doctype",
  "not_xml",
  "not_metadata",
  "no_entity_id",
  "no_sp",
  "no_post_acs",
]);

export function useFieldProblems(error: ApiError | undefined, fields: readonly string[]) {
  const intl = useIntl();
  const describeError = useErrorText();
  const text =
    error === undefined
      ? undefined
      : error.code === "VALIDATION_FAILED"
        ? intl.formatMessage(fileReasons.has(reasonOf(error)) ? m.fileProblem : m.problem, {
            reason: reasonOf(error),
          })
        : describeError(error);
  const at = formFieldOf(error?.field);
  return {
    fieldProblem: (field: string) => (at === field ? text : undefined),
    formProblem: at === undefined || !fields.includes(at) ? text : undefined,
  };
}

/** The schema's own refusals carry no reason; the icon's two are worded like the server's. */
function reasonOf(error: ApiError): string {
  if (error.reason !== undefined) {
    return error.reason;
  }
  return error.field === "icon.type"
    ? "icon_type"
    : error.field === "icon.base64"
      ? "icon_size"
      : "other";
}

// Words for the server's error codes that only the admin console meets (server/schemas/errors.ts).
import { defineMessages } from "../../locales/define-messages.ts";

export const adminErrors = defineMessages({
  IMPORT_PLAN_CHANGED: {
    id: "error.IMPORT_PLAN_CHANGED",
    defaultMessage:
      "The users changed since the dry run, so nothing was imported. Run the dry run again and check the rows.",
    description: "Error: a users CSV import no longer matches the dry run the admin saw",
  },
});

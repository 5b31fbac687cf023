// A user picks the language Gatehouse speaks to them (docs/design.md §10): the portal, the desktop
// app and the mails follow it. Null goes back to following the browser and the organization.
import type { Locale } from "../../locales/locales.ts";
import type { Clock } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import type { User } from "../storage/schema.ts";

export async function chooseLanguage(
  { db, clock }: { db: Db; clock: Clock },
  user: User,
  locale: Locale | null,
): Promise<User> {
  await db
    .updateTable("users")
    .set({ locale, updated_at: clock.now() })
    .where("id", "=", user.id)
    .execute();
  return { ...user, locale };
}

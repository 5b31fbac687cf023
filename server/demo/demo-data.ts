// Demo data for `npm start` and the bundled desktop server: one organization, an employee and
// an admin, with device login on. The passwords are public by design, which is why demo mode
// only listens on localhost.
import { randomUUID } from "node:crypto";
import { hashPassword } from "../auth/password.ts";
import type { Clock } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import type { NewUser } from "../storage/schema.ts";
import { writePolicy } from "../policies/policy-store.ts";
import { findUserByEmail, insertUser } from "../storage/users.ts";
import { demoAccounts, demoOrganizationName } from "./demo-accounts.ts";

/** Seeds the demo accounts once; later starts leave them (and any edits) alone. */
export async function seedDemoData(db: Db, clock: Clock): Promise<"seeded" | "already-present"> {
  if ((await findUserByEmail(db, demoAccounts.employee.email)) !== undefined) {
    return "already-present";
  }
  const now = clock.now();
  const organizationId = randomUUID();
  await db.transaction().execute(async (transaction) => {
    await transaction
      .insertInto("organizations")
      .values({ id: organizationId, name: demoOrganizationName, created_at: now })
      .execute();
    const base = {
      organization_id: organizationId,
      status: "active" as const,
      created_at: now,
      updated_at: now,
    };
    const employee: NewUser = {
      ...base,
      id: randomUUID(),
      email: demoAccounts.employee.email,
      username: "alex.morgan",
      first_name: "Alex",
      last_name: "Morgan",
      display_name: "Alex Morgan",
      role: "user",
      password_hash: await hashPassword(demoAccounts.employee.password),
      mobile_phone: "+1 415 555 0134",
      work_phone: "+1 415 555 0100",
      home_address: null,
      personal_email: null,
      job_title: "Product Designer",
      department: "Design",
      employee_id: "E-10427",
      manager: "Sam Rivera",
      cost_center: "CC-410 Product",
      office_location: "San Francisco HQ",
      start_date: "2024-03-18",
    };
    const admin: NewUser = {
      ...base,
      id: randomUUID(),
      email: demoAccounts.admin.email,
      username: "sam.rivera",
      first_name: "Sam",
      last_name: "Rivera",
      display_name: "Sam Rivera",
      role: "admin",
      password_hash: await hashPassword(demoAccounts.admin.password),
      mobile_phone: null,
      work_phone: "+1 415 555 0101",
      home_address: null,
      personal_email: null,
      job_title: "IT Administrator",
      department: "IT",
      employee_id: "E-10012",
      manager: null,
      cost_center: "CC-120 IT",
      office_location: "San Francisco HQ",
      start_date: "2021-09-01",
    };
    await insertUser(transaction, employee);
    await insertUser(transaction, admin);
    // Device login is off by default; the demo turns it on so a newcomer can try Touch ID /
    // Windows Hello (docs/admin.md, "Device login").
    await writePolicy(transaction, "deviceLogin", { mode: "on" }, { now, actorId: null });
  });
  return "seeded";
}

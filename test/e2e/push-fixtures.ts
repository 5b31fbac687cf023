// The desktop app's side of the push-approval journeys (test/e2e/push-approval.spec.ts,
// push-step-up.spec.ts): its page set up to approve, and the inbox answer that brings a request.
import type { Page } from "@playwright/test";
import { logAnswers, type AnswerLog } from "./answer-log.ts";
import { createMemorySecretStore } from "../../main/core/secret-store.ts";
import { demo, expect, openSecurity, signInWithPassword } from "./fixtures.ts";
import {
  addAuthenticator,
  enrollDevice,
  exposeDesktopBridge,
  onPortalDatabase,
  setPortalPolicy,
} from "./device-fixtures.ts";

export type DesktopInbox = AnswerLog<{ requests: unknown[] }>;

/**
 * The desktop app's page: enrolled, Touch ID set up and bound to this device, push allowed. Its
 * inbox answers are logged from the start (answer-log.ts), for requestReachesDesktop.
 */
export async function setUpDesktopApp(page: Page): Promise<DesktopInbox> {
  const inbox = await logAnswers<{ requests: unknown[] }>(page, /\/api\/push\/inbox$/);
  const store = createMemorySecretStore();
  await exposeDesktopBridge(page, store);
  await addAuthenticator(page);
  await signInWithPassword(page, demo.employee.email, demo.employee.password);
  await expect(page.getByRole("link", { name: "Security" })).toBeVisible();
  await enrollDevice(page, store, "Alex’s MacBook");
  await openSecurity(page, "Devices");
  await page.getByRole("button", { name: "Set up Touch ID" }).click();
  await expect(page.getByRole("list", { name: "Device logins" })).toContainText("Touch ID");
  setPortalPolicy("push", { mode: "allowed", maxRequestsPerTenMinutes: 5, pauseMinutes: 60 });
  return inbox;
}

/**
 * The desktop page's next inbox answer listing a request: the event the approval dialog follows.
 * Waiting on it, not on a time, keeps the journey steady however slow the machine is.
 */
export function requestReachesDesktop(inbox: DesktopInbox) {
  return inbox.next(
    ({ status, body }) => status === 200 && body !== undefined && body.requests.length > 0,
  );
}

/**
 * A request lives 2 minutes (server/auth/push/push-requests.ts). The journeys check two screens
 * while one waits, each in every theme, width and language, and on a loaded machine that takes
 * longer: the request expired under them and the number to pick was gone. These journeys are
 * about the answer, not the lifetime, so the waiting requests are given an hour in the database
 * (the child server's clock cannot be moved from here).
 */
export function keepWaitingRequestsAlive(): void {
  onPortalDatabase(
    `update push_requests set expires_at = ${Date.now() + 3_600_000} where status = 'pending'`,
  );
}

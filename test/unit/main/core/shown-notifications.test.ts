// The notifications on screen withdrawn once nothing they tell of waits
// (main/core/shown-notifications.ts): one per sign-in closed when it goes, one for several access
// requests kept while any waits, closed once, and one the user closed never closed again.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ShownNotifications } from "../../../../main/core/shown-notifications.ts";

/** Stands in for Electron's Notification, which cannot run here; counts its close() calls. */
class FakeNotification {
  closed = 0;
  close(): void {
    this.closed += 1;
  }
}

describe("the notifications on screen", () => {
  it("closes a sign-in's notification when it goes, and leaves the others", () => {
    const shown = new ShownNotifications<FakeNotification>();
    const first = new FakeNotification();
    const second = new FakeNotification();
    shown.add(first, ["request:1"]);
    shown.add(second, ["request:2"]);
    shown.withdraw(["request:1", "request:9"]);
    expect([first.closed, second.closed]).toEqual([1, 0]);
    expect(shown.size).toBe(1);
  });

  it("keeps a notification for several access requests while any of them waits", () => {
    const shown = new ShownNotifications<FakeNotification>();
    const many = new FakeNotification();
    shown.add(many, ["approval:a.1", "approval:b.1", "approval:c.1"]);
    shown.withdraw(["approval:a.1"]);
    shown.withdraw(["approval:c.1"]);
    expect(many.closed).toBe(0);
    shown.withdraw(["approval:b.1"]);
    shown.withdraw(["approval:b.1"]);
    expect(many.closed).toBe(1);
    expect(shown.size).toBe(0);
  });

  it("never closes one the user closed", () => {
    const shown = new ShownNotifications<FakeNotification>();
    const dismissed = new FakeNotification();
    shown.add(dismissed, ["request:1"]);
    shown.forget(dismissed);
    shown.withdraw(["request:1"]);
    expect(dismissed.closed).toBe(0);
  });

  it("closes each notification exactly once, when the last of its keys is gone", () => {
    const keys = fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e", "f"), {
      minLength: 1,
    });
    fc.assert(
      fc.property(
        fc.array(keys, { maxLength: 5 }),
        fc.array(keys, { maxLength: 8 }),
        (told, rounds) => {
          const shown = new ShownNotifications<FakeNotification>();
          const notifications = told.map((tells) => {
            const notification = new FakeNotification();
            shown.add(notification, tells);
            return { notification, tells };
          });
          const goneSoFar = new Set<string>();
          for (const gone of rounds) {
            shown.withdraw(gone);
            gone.forEach((key) => goneSoFar.add(key));
            for (const { notification, tells } of notifications) {
              const allGone = tells.every((key) => goneSoFar.has(key));
              expect(notification.closed).toBe(allGone ? 1 : 0);
            }
          }
        },
      ),
    );
  });
});
